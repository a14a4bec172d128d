import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Scaleway secret keys are UUIDs, reported after a Scaleway secret name.
 */
export const rule: SecretRule = {
  id: "scaleway-secret-key",
  title: "Scaleway secret key",
  severity: 'critical',
  keywords: ["scw", "scaleway"],
  regex: /(?:scw|scaleway)[\w.-]{0,30}?secret[\w.-]{0,10}?["\']?\s{0,3}(?:=|:=|:|=>|\s)\s{0,3}["\']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/i,
  entropy: 3,
  allowlist: [...PLACEHOLDERS, /^[0-]+$/],
  docs: "https://www.scaleway.com/en/docs/iam/concepts/#api-key",
  examples: {
    positive: [
      "SCW_SECRET_KEY=abf31d18-c383-478b-a59b-6abf3e450f10",
      "scaleway_secret_key = \"6f011949-26fc-4fa6-a07a-655cb61a5f65\"",
    ],
    negative: [
      "SCW_SECRET_KEY=00000000-0000-0000-0000-000000000000",
      "SCW_SECRET_KEY=${SCW_SECRET_KEY}",
      "scw_project_id = \"a1343be4-d769-4e02-a049-fb045decf71a\"",
    ],
  },
};
