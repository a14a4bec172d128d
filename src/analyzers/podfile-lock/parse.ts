/**
 * CocoaPods' Podfile.lock (YAML written by Pod::Lockfile, https://github.com/CocoaPods/Core/blob/master/lib/cocoapods-core/lockfile.rb,
 * guide: https://guides.cocoapods.org/using/using-cocoapods.html#what-is-podfilelock):
 *
 *   PODS:
 *     - Alamofire (5.8.0)
 *     - Firebase/Analytics (10.15.0):     a subspec, with its dependencies
 *       - Firebase/Core
 *       - FirebaseAnalytics (~> 10.15.0)
 *   DEPENDENCIES:                          what the Podfile declares
 *     - Alamofire (~> 5.8)
 *     - Firebase/Analytics
 *   SPEC REPOS / EXTERNAL SOURCES / CHECKOUT OPTIONS / SPEC CHECKSUMS / PODFILE CHECKSUM / COCOAPODS
 *
 * Subspecs (`Firebase/Analytics`) are parts of one pod release and share its version, and advisories name the
 * pod: they are folded into the root pod (`Firebase`), reported once at its first line.
 */
import type { Package } from '../../core/model.js';
import { makePackage } from '../shared/package.js';
import { asRecord, parseYamlWithLines, yamlMapEntries, yamlSeqItems } from '../shared/small-lockfiles.js';
import { isMap, isScalar } from 'yaml';

const ENTRY = /^\s*(\S+)(?:\s+\((.*)\))?\s*$/;

function rootName(name: string): string {
  const slash = name.indexOf('/');
  return slash > 0 ? name.slice(0, slash) : name;
}

interface Pod {
  name: string;
  version: string;
  line?: number;
  deps: Set<string>;
}

export function parsePodfileLock(text: string, path: string, foundBy: string): Package[] {
  const yaml = parseYamlWithLines(text, 'Podfile.lock');
  if (yaml.value === null || yaml.value === undefined) return [];
  const root = asRecord(yaml.value);
  if (!root) throw new Error('Podfile.lock is not a YAML map');
  if (root['PODS'] !== undefined && root['PODS'] !== null && !Array.isArray(root['PODS']))
    throw new Error('Podfile.lock: PODS is not a list');
  const pods = new Map<string, Pod>();
  for (const item of yamlSeqItems(yaml.node(['PODS']))) {
    let spec: string | undefined;
    let specNode: unknown = item;
    let depNodes: unknown[] = [];
    if (isScalar(item)) spec = String(item.value);
    else if (isMap(item)) {
      const [first] = yamlMapEntries(item);
      if (first) {
        spec = first.key;
        specNode = first.keyNode;
        depNodes = yamlSeqItems(first.value);
      }
    }
    const m = spec ? ENTRY.exec(spec) : null;
    if (!m || !m[2]) continue;
    const name = rootName(m[1]!);
    let pod = pods.get(name);
    if (!pod) {
      pod = { name, version: m[2].trim(), line: yaml.lineOf(specNode), deps: new Set() };
      pods.set(name, pod);
    }
    for (const d of depNodes) {
      const dm = isScalar(d) ? ENTRY.exec(String(d.value)) : null;
      if (dm) pod.deps.add(rootName(dm[1]!));
    }
  }
  const declared = Array.isArray(root['DEPENDENCIES'])
    ? new Set(
        (root['DEPENDENCIES'] as unknown[]).flatMap((d) => {
          const m = typeof d === 'string' ? ENTRY.exec(d) : null;
          return m ? [rootName(m[1]!)] : [];
        }),
      )
    : undefined;
  const purlOf = (p: Pod) =>
    makePackage({ name: p.name, version: p.version, ecosystem: 'CocoaPods', path, foundBy }).purl;
  return [...pods.values()].map((p) =>
    makePackage({
      name: p.name,
      version: p.version,
      ecosystem: 'CocoaPods',
      path,
      line: p.line,
      foundBy,
      direct: declared ? declared.has(p.name) : undefined,
      dependsOn: [...p.deps].flatMap((d) => {
        const target = d === p.name ? undefined : pods.get(d);
        return target ? [purlOf(target)] : [];
      }),
    }),
  );
}
