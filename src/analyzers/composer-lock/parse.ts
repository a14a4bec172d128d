/**
 * composer.lock, as written by Composer 1.x and 2.x (https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control,
 * schema of each entry: https://getcomposer.org/doc/04-schema.md). `packages` holds what production needs,
 * `packages-dev` what only `require-dev` pulls in (Composer already closes it over transitive deps).
 * Versions are the installed tag; Composer's VersionParser drops a leading "v" (`v6.3.2` ≡ `6.3.2`) and OSV's
 * Packagist records use the normalised form, so we report it without the "v".
 */
import type { Package } from '../../core/model.js';
import { makePackage } from '../shared/package.js';
import { asRecord, asString, forwardFinder, parseJsonText } from '../shared/small-lockfiles.js';

export interface ComposerManifest {
  require: Set<string>;
}

interface Entry {
  name: string;
  version: string;
  dev: boolean;
  line?: number;
  licenses: string[];
  requires: string[];
  provides: string[];
}

// Platform requirements (php, extensions, system libraries, Composer's own APIs) are not packages.
const PLATFORM =
  /^(php(-64bit|-ipv6|-zts|-debug)?|hhvm|ext-.+|lib-.+|composer(-plugin|-runtime)?-api|composer)$/i;

export function normalizeComposerVersion(version: string): string {
  return /^v\d/i.test(version) ? version.slice(1) : version;
}

export function readComposerManifest(text: string): ComposerManifest | undefined {
  try {
    const json = asRecord(JSON.parse(text));
    if (!json) return undefined;
    const names = [
      ...Object.keys(asRecord(json['require']) ?? {}),
      ...Object.keys(asRecord(json['require-dev']) ?? {}),
    ];
    return { require: new Set(names.map((n) => n.toLowerCase())) };
  } catch {
    return undefined;
  }
}

export function parseComposerLock(
  text: string,
  path: string,
  foundBy: string,
  manifest?: ComposerManifest,
): Package[] {
  const json = asRecord(parseJsonText(text, 'composer.lock'));
  if (!json) throw new Error('composer.lock is not a JSON object');
  const prod = json['packages'];
  const dev = json['packages-dev'];
  if (prod === undefined && dev === undefined)
    throw new Error('composer.lock has neither "packages" nor "packages-dev"');
  const find = forwardFinder(text);
  // Composer pretty-prints (`"name": "x"`); a minified lock has no space. Pick once so a miss never rescans.
  const sep = text.includes('"name": "') ? ': ' : ':';
  const entries: Entry[] = [];
  const collect = (list: unknown, isDev: boolean) => {
    if (list === undefined || list === null) return;
    if (!Array.isArray(list))
      throw new Error(`composer.lock: "${isDev ? 'packages-dev' : 'packages'}" is not an array`);
    for (const item of list) {
      const rec = asRecord(item);
      const name = asString(rec?.['name']);
      const version = asString(rec?.['version']);
      if (!rec || !name || !version) continue;
      const license = rec['license'];
      entries.push({
        name,
        version: normalizeComposerVersion(version),
        dev: isDev,
        line: find(`"name"${sep}${JSON.stringify(name)}`),
        licenses: Array.isArray(license)
          ? license.filter((l): l is string => typeof l === 'string')
          : typeof license === 'string'
            ? [license]
            : [],
        requires: Object.keys(asRecord(rec['require']) ?? {}).filter((r) => !PLATFORM.test(r)),
        provides: [
          ...Object.keys(asRecord(rec['provide']) ?? {}),
          ...Object.keys(asRecord(rec['replace']) ?? {}),
        ],
      });
    }
  };
  collect(prod, false);
  collect(dev, true);

  // Package names are case-insensitive in Composer; requirements may also be met by a package that
  // provides or replaces the name (psr/log-implementation → monolog/monolog).
  const purls = new Map<string, string>();
  const purlOf = (e: Entry) =>
    makePackage({ name: e.name, version: e.version, ecosystem: 'Packagist', path, foundBy }).purl;
  for (const e of entries) purls.set(e.name.toLowerCase(), purlOf(e));
  const providers = new Map<string, string[]>();
  for (const e of entries) {
    for (const p of e.provides) {
      const key = p.toLowerCase();
      if (!purls.has(key)) providers.set(key, [...(providers.get(key) ?? []), purlOf(e)]);
    }
  }
  return entries.map((e) =>
    makePackage({
      name: e.name,
      version: e.version,
      ecosystem: 'Packagist',
      path,
      line: e.line,
      foundBy,
      dev: e.dev,
      direct: manifest ? manifest.require.has(e.name.toLowerCase()) : undefined,
      licenses: e.licenses,
      dependsOn: e.requires.flatMap((r) => {
        const key = r.toLowerCase();
        const hit = purls.get(key);
        return hit ? [hit] : (providers.get(key) ?? []);
      }),
    }),
  );
}
