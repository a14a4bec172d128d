/**
 * NuGet lock files, `packages.lock.json` (and `packages.<project>.lock.json`), lock file version 1 and 2
 * (https://learn.microsoft.com/nuget/consume-packages/package-references-in-project-files#locking-dependencies,
 * writer: NuGet.ProjectModel PackagesLockFileFormat):
 *
 *   { "version": 1, "dependencies": { "<tfm>[/<rid>]": { "<Id>": { "type": "Direct" | "Transitive" |
 *       "CentralTransitive" | "Project", "requested": "[1.0.0, )", "resolved": "1.0.0", "dependencies": { "<Id>": "<range>" } } } } }
 *
 * One graph per target framework (and runtime): a package in several graphs is reported once, direct if any
 * graph says `Direct`. `Project` entries are other projects of the solution, not NuGet packages.
 */
import type { Package } from '../../core/model.js';
import { makePackage } from '../shared/package.js';
import { asRecord, asString, forwardFinder, parseJsonText } from '../shared/small-lockfiles.js';

interface Entry {
  name: string;
  version: string;
  direct: boolean;
  line?: number;
  deps: Set<string>;
}

export function parseNugetLock(text: string, path: string, foundBy: string): Package[] {
  const json = asRecord(parseJsonText(text, 'packages.lock.json'));
  const graphs = asRecord(json?.['dependencies']);
  if (!json || !graphs) throw new Error('packages.lock.json has no "dependencies" object');
  const find = forwardFinder(text);
  // NuGet pretty-prints `"Id": {`; pick the separator once so a miss never rescans the file.
  const sep = /"\s*:\s*\{/.exec(text)?.[0].slice(1) ?? ': {';
  const entries = new Map<string, Entry>();
  const purlOf = (name: string, version: string) =>
    makePackage({ name, version, ecosystem: 'NuGet', path, foundBy }).purl;
  for (const graph of Object.values(graphs)) {
    const libs = asRecord(graph);
    if (!libs) continue;
    // NuGet ids are case-insensitive; dependency ranges resolve to whatever this graph resolved.
    const resolvedHere = new Map<string, string>();
    for (const [name, value] of Object.entries(libs)) {
      const rec = asRecord(value);
      const resolved = asString(rec?.['resolved']);
      if (rec && resolved && rec['type'] !== 'Project')
        resolvedHere.set(name.toLowerCase(), purlOf(name, resolved));
    }
    for (const [name, value] of Object.entries(libs)) {
      const rec = asRecord(value);
      const line = find(`${JSON.stringify(name)}${sep}`);
      const version = asString(rec?.['resolved']);
      if (!rec || !version || rec['type'] === 'Project') continue;
      const key = `${name.toLowerCase()}@${version.toLowerCase()}`;
      let entry = entries.get(key);
      if (!entry) {
        entry = { name, version, direct: false, line, deps: new Set() };
        entries.set(key, entry);
      }
      if (rec['type'] === 'Direct') entry.direct = true;
      for (const dep of Object.keys(asRecord(rec['dependencies']) ?? {})) {
        const purl = resolvedHere.get(dep.toLowerCase());
        if (purl) entry.deps.add(purl);
      }
    }
  }
  return [...entries.values()].map((e) =>
    makePackage({
      name: e.name,
      version: e.version,
      ecosystem: 'NuGet',
      path,
      line: e.line,
      foundBy,
      direct: e.direct,
      dependsOn: [...e.deps],
    }),
  );
}
