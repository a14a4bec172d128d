import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Databricks PATs: `dapi` plus 32 hex characters (an optional `-N` suffix on Azure).
 */
export const rule: SecretRule = {
  id: "databricks-token",
  title: "Databricks personal access token",
  severity: 'high',
  keywords: ["dapi"],
  regex: /(?<![A-Za-z0-9_-])(dapi[a-f0-9]{32}(?:-\d)?)(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.databricks.com/en/dev-tools/auth/pat.html",
  examples: {
    positive: [
      "DATABRICKS_TOKEN=dapica2539b2543ec2ad2e67bc35b99d6699",
      "token = dapie64e34a4f5b8ce40f98123dd0767dbbf-2",
    ],
    negative: [
      "DATABRICKS_TOKEN=dapi8c2a0437e0f3deb5384c",
      "DATABRICKS_TOKEN=dapi123456789012345678a9bc01234defg5",
      "DATABRICKS_TOKEN=dapixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    ],
  },
};
