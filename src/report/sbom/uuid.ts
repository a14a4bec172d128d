import { createHash } from 'node:crypto';
import type { Report } from '../../core/model.js';
import { compareStrings } from '../../core/sort.js';

// RFC 4122 URL namespace: the name hashed below is a `palisade:sbom:` string, a URL-like identifier.
const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** RFC 4122 version-5 UUID (SHA-1 of namespace + name). Deterministic, so writers need no randomness. */
export function uuidV5(name: string, namespace: string = NAMESPACE_URL): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The identity of one SBOM document (CycloneDX serialNumber, SPDX documentNamespace). Derived from the
 * format, the tool, the target, the creation time and the sorted component refs: writing the same report
 * twice gives the same id, and a new scan (new createdAt) or different content gives a new one, as both
 * specs ask ("every BOM generated SHOULD have a unique serial number"; one namespace per document).
 */
export function documentUuid(format: string, report: Report, refs: readonly string[]): string {
  const name = JSON.stringify([
    format,
    report.tool.name,
    report.tool.version,
    report.target.type,
    report.target.name,
    report.createdAt,
    [...refs].sort(compareStrings),
  ]);
  return uuidV5(`palisade:sbom:${name}`);
}

/** A short stable hex digest, for ids that must stay unique after sanitising. */
export function shortHash(value: string, length = 8): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, length);
}
