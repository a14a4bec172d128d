/**
 * pubspec.lock, written by `dart pub get` / `flutter pub get` (https://dart.dev/tools/pub/glossary#lockfile;
 * writer: dart-lang/pub lib/src/lock_file.dart). YAML:
 *
 *   packages:
 *     <name>:
 *       dependency: "direct main" | "direct dev" | "direct overridden" | transitive
 *       description: { name, url, sha256 } | { url, ref, resolved-ref, path } | { path, relative } | flutter
 *       source: hosted | git | path | sdk
 *       version: "1.2.3"
 *   sdks: { dart: ">=3.0.0 <4.0.0" }
 *
 * `sdk` entries (flutter, flutter_test, sky_engine) ship with the SDK and are not pub.dev packages, so they are
 * skipped. The lockfile records no edges, so transitive packages keep `dev` unknown.
 */
import type { Diagnostic, Package } from '../../core/model.js';
import { makePackage } from '../shared/package.js';
import { asRecord, asString, info, parseYamlWithLines, yamlMapEntries } from '../shared/small-lockfiles.js';

export function parsePubspecLock(
  text: string,
  path: string,
  foundBy: string,
): { packages: Package[]; diagnostics: Diagnostic[] } {
  const yaml = parseYamlWithLines(text, 'pubspec.lock');
  const root = asRecord(yaml.value);
  if (yaml.value === null || yaml.value === undefined) return { packages: [], diagnostics: [] };
  if (!root) throw new Error('pubspec.lock is not a YAML map');
  const packages: Package[] = [];
  const diagnostics: Diagnostic[] = [];
  if (root['packages'] === null || root['packages'] === undefined) return { packages, diagnostics };
  const list = asRecord(root['packages']);
  if (!list) throw new Error('pubspec.lock: "packages" is not a map');
  for (const { key: name, keyNode } of yamlMapEntries(yaml.node(['packages']))) {
    const entry = asRecord(list[name]);
    if (!entry) continue;
    const source = asString(entry['source']);
    if (source === 'sdk') continue;
    const version =
      entry['version'] === undefined || entry['version'] === null ? undefined : String(entry['version']);
    if (!version) {
      diagnostics.push(info('no-version', `pubspec.lock: ${name} has no version, skipped`));
      continue;
    }
    const dependency = asString(entry['dependency']) ?? '';
    const direct = dependency.startsWith('direct');
    packages.push(
      makePackage({
        name,
        version,
        ecosystem: 'Pub',
        path,
        line: yaml.lineOf(keyNode),
        foundBy,
        direct: dependency ? direct : undefined,
        dev: dependency === 'direct dev' ? true : direct ? false : undefined,
      }),
    );
  }
  return { packages, diagnostics };
}
