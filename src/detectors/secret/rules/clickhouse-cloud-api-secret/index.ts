import type { SecretRule } from '../../rule.js';

/**
 * ClickHouse Cloud API key secret. API key secrets start with `4b1d` (42 characters).
 * https://clickhouse.com/docs/cloud/manage/openapi
 */
export const rule: SecretRule = {
  id: 'clickhouse-cloud-api-secret',
  title: 'ClickHouse Cloud API key secret',
  severity: 'high',
  keywords: ['4b1d'],
  regex: /(?<![\w-])(4b1d[A-Za-z0-9]{38})(?![A-Za-z0-9])/,
  entropy: 4,
  docs: 'https://clickhouse.com/docs/cloud/manage/openapi',
  remediation:
    'Revoke the credential in ClickHouse Cloud, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'CLICKHOUSE_KEY_SECRET=4b1dq3vEWLRDvWKL9iOG1yGT63AoetLOLg6yFfsdAE',
      'key_secret: "4b1dK2gWLk7zk9QFl9iUmtUjB0xGa118CkhzqbPXOt"',
    ],
    negative: [
      'key = 4b1dXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'key = adf4b1dnGJNIT7bfmzZd5S1IJX4N47HjQDSAJKddIEOZn',
    ],
  },
};
