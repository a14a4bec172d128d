/**
 * SwiftPM's Package.resolved (https://github.com/swiftlang/swift-package-manager/blob/main/Sources/PackageGraph/PinsStore.swift
 * and Sources/Workspace/ResolvedFileStorage.swift):
 *   v1: { "object": { "pins": [{ "package", "repositoryURL", "state": { "branch", "revision", "version" } }] }, "version": 1 }
 *   v2: { "pins": [{ "identity", "kind", "location", "state": { "revision", "version" | "branch" } }], "version": 2 }
 *   v3: as v2 plus "originHash".
 * OSV's SwiftURL ecosystem names a package by its repository URL without scheme and `.git`
 * (`github.com/apple/swift-nio`). Pins on a branch or bare revision have no version to match and are skipped;
 * registry pins (`kind: registry`) have no repository URL and are skipped too.
 */
import type { Diagnostic, Package } from '../../core/model.js';
import { makePackage } from '../shared/package.js';
import { asRecord, asString, forwardFinder, info, parseJsonText } from '../shared/small-lockfiles.js';

/** `https://github.com/apple/swift-nio.git`, `git@github.com:apple/swift-nio.git` → `github.com/apple/swift-nio`. */
export function swiftUrlName(location: string): string | undefined {
  let s = location.trim();
  const scp = /^[\w.-]+@([^:/]+):(.+)$/.exec(s);
  if (scp) s = `${scp[1]}/${scp[2]}`;
  else {
    const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?(.+)$/i.exec(s);
    if (!m) return undefined;
    s = m[1]!;
  }
  s = s.replace(/\/+$/, '').replace(/\.git$/i, '');
  return s.includes('/') ? s : undefined;
}

export function parsePackageResolved(
  text: string,
  path: string,
  foundBy: string,
): { packages: Package[]; diagnostics: Diagnostic[] } {
  const json = asRecord(parseJsonText(text, 'Package.resolved'));
  if (!json) throw new Error('Package.resolved is not a JSON object');
  const pins = json['pins'] ?? asRecord(json['object'])?.['pins'];
  if (!Array.isArray(pins)) throw new Error('Package.resolved has no "pins" list');
  const find = forwardFinder(text);
  const packages: Package[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const item of pins) {
    const pin = asRecord(item);
    if (!pin) continue;
    const identity = asString(pin['identity']) ?? asString(pin['package']) ?? '';
    const line = identity ? find(JSON.stringify(identity)) : undefined;
    const location = asString(pin['location']) ?? asString(pin['repositoryURL']);
    const version = asString(asRecord(pin['state'])?.['version']);
    const name = location ? swiftUrlName(location) : undefined;
    if (!name) {
      diagnostics.push(
        info(
          'no-repository-url',
          `Package.resolved: pin ${identity || '(unnamed)'} has no repository URL, skipped`,
        ),
      );
      continue;
    }
    if (!version) {
      diagnostics.push(
        info(
          'no-version',
          `Package.resolved: ${name} is pinned to a branch or revision, not a version; skipped`,
        ),
      );
      continue;
    }
    packages.push(makePackage({ name, version, ecosystem: 'SwiftURL', path, line, foundBy }));
  }
  return { packages, diagnostics };
}
