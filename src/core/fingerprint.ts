import { createHash } from 'node:crypto';

/**
 * Stable fingerprint of a finding: a SHA-256 over the parts that identify it (rule, path, and what was
 * found — package purl, secret hash, resource), never the line number, so baselines and ignore
 * entries survive lines moving. Parts are joined with a separator that cannot occur in them.
 */
export function fingerprint(...parts: (string | undefined)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update((p ?? '') + '\u0000');
  return h.digest('hex').slice(0, 32);
}
