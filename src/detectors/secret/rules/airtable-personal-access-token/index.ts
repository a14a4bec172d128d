import type { SecretRule } from '../../rule.js';

/**
 * Airtable personal access token. PATs: `pat` + 14-character id + `.` + 64 hex secret.
 * https://airtable.com/developers/web/guides/personal-access-tokens
 */
export const rule: SecretRule = {
  id: 'airtable-personal-access-token',
  title: 'Airtable personal access token',
  severity: 'high',
  keywords: ['pat'],
  regex: /(?<![\w-])(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![\w])/,
  entropy: 3.5,
  docs: 'https://airtable.com/developers/web/guides/personal-access-tokens',
  remediation:
    'Revoke the credential in Airtable, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'AIRTABLE_TOKEN=patnxoXzTTbt24b4z.27c84501e50038d7b6ee31dec656258d27c7e322b5c6db99abc18dd4f857d899',
      "base = Airtable('patkLPLpJV2z4I6T3.324de6c38b5098adc3c84a8b090a6e16454d3021bf10e6b2746cf0ae177fbca4')",
    ],
    negative: ['AIRTABLE_TOKEN=patXXXXXXXXXXXXXX.XXXXXXXX', 'patx8wQRfKV8X94KT.a8cdc63129dc6d9d4849'],
  },
};
