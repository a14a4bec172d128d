/**
 * .NET dependency manifests, `<app>.deps.json`, written by the SDK next to a built/published app
 * (https://github.com/dotnet/sdk/blob/main/documentation/specs/runtime-configuration-file.md):
 *
 *   { "targets": { ".NETCoreApp,Version=v8.0[/rid]": { "<Name>/<version>": { "dependencies": { "<Name>": "<version>" } } } },
 *     "libraries": { "<Name>/<version>": { "type": "package" | "project" | "reference" | "runtimepack", "sha512", "path" } } }
 *
 * Only `type: package` libraries are NuGet packages; projects, framework references and runtime packs are not.
 * A package is direct when a project of the app lists it among its dependencies.
 */
import type { Package } from '../../core/model.js';
import { makePackage } from '../shared/package.js';
import { asRecord, asString, forwardFinder, parseJsonText } from '../shared/small-lockfiles.js';

function splitKey(key: string): { name: string; version: string } | undefined {
  const slash = key.lastIndexOf('/');
  return slash > 0 && slash < key.length - 1
    ? { name: key.slice(0, slash), version: key.slice(slash + 1) }
    : undefined;
}

export function parseDepsJson(text: string, path: string, foundBy: string): Package[] {
  const json = asRecord(parseJsonText(text, 'deps.json'));
  const libraries = asRecord(json?.['libraries']);
  if (!json || !libraries) throw new Error('deps.json has no "libraries" object');
  const find = forwardFinder(text);
  find('"libraries"');

  const packages = new Map<string, { name: string; version: string; line?: number }>();
  const types = new Map<string, string>();
  for (const [key, value] of Object.entries(libraries)) {
    const line = find(`${JSON.stringify(key)}:`);
    const type = asString(asRecord(value)?.['type'])?.toLowerCase() ?? '';
    types.set(key.toLowerCase(), type);
    const parts = splitKey(key);
    if (type === 'package' && parts) packages.set(key.toLowerCase(), { ...parts, line });
  }
  const purlOf = (p: { name: string; version: string }) =>
    makePackage({ name: p.name, version: p.version, ecosystem: 'NuGet', path, foundBy }).purl;

  const edges = new Map<string, Set<string>>();
  const direct = new Set<string>();
  for (const target of Object.values(asRecord(json['targets']) ?? {})) {
    for (const [key, value] of Object.entries(asRecord(target) ?? {})) {
      const from = key.toLowerCase();
      const deps = Object.entries(asRecord(asRecord(value)?.['dependencies']) ?? {});
      for (const [depName, depVersion] of deps) {
        if (typeof depVersion !== 'string') continue;
        const to = `${depName}/${depVersion}`.toLowerCase();
        if (!packages.has(to)) continue;
        if (types.get(from) === 'project') direct.add(to);
        const set = edges.get(from) ?? new Set<string>();
        set.add(purlOf(packages.get(to)!));
        edges.set(from, set);
      }
    }
  }
  const hasProjects = [...types.values()].includes('project');
  return [...packages.entries()].map(([key, p]) =>
    makePackage({
      name: p.name,
      version: p.version,
      ecosystem: 'NuGet',
      path,
      line: p.line,
      foundBy,
      direct: hasProjects ? direct.has(key) : undefined,
      dependsOn: [...(edges.get(key) ?? [])],
    }),
  );
}
