import type { SecretRule } from '../../rule.js';

/**
 * age encryption secret key. Bech32 X25519 identities; whoever has one decrypts every file encrypted to it (e.g. SOPS).
 * https://age-encryption.org/v1
 */
export const rule: SecretRule = {
  id: 'age-secret-key',
  title: 'age encryption secret key',
  severity: 'critical',
  keywords: ['age-secret-key-1'],
  regex: /(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://age-encryption.org/v1',
  remediation:
    'Re-encrypt the affected files to a new recipient, rotate the secrets they held, and remove the old key.',
  examples: {
    positive: [
      '# public key: age1lvhnrwskkwpfyfpvqabuspnqgfjwemawywceegfabdvhynjcqsipzhbafc\nAGE-SECRET-KEY-18NMQYPFQDUU0VESJZ773FP0WGZR2035QETWX0ERMMEADZYFJ5Y6H5XA50X',
      'SOPS_AGE_KEY=AGE-SECRET-KEY-1KUGYJF3G4HTMKRQV9LLCMMGKLKV4TLX8EYAN3NCMJDF02Z32JDQEYV2L73',
    ],
    negative: [
      'AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ',
      'AGE-SECRET-KEY-1GLT26GG8MEPQUPRTJ7A3',
    ],
  },
};
