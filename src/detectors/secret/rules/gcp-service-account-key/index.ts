import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * A service-account key file (JSON) carries `private_key_id` (40 hex) next to the PEM private key.
 * https://cloud.google.com/iam/docs/keys-create-delete
 */
export const rule: SecretRule = {
  id: "gcp-service-account-key",
  title: "Google Cloud service account key",
  severity: 'critical',
  keywords: ["private_key_id"],
  regex: /"private_key_id"\s{0,3}:\s{0,3}"([0-9a-f]{40})"/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://cloud.google.com/iam/docs/keys-create-delete",
  remediation: "Delete the key from the service account (gcloud iam service-accounts keys delete) and prefer workload identity.",
  examples: {
    positive: [
      "  \"private_key_id\": \"c83998e1705bb7a7af3d2e2425ba9682170905f4\",",
      "{\"type\": \"service_account\", \"project_id\": \"billing-prod-2231\", \"private_key_id\":\"ec5a399fc47f5edbada514e287ba054769ba41cb\"}",
    ],
    negative: [
      "  \"private_key_id\": \"\",",
      "  \"private_key_id\": \"c83998e1705bb7a7af3d2e2425ba96\",",
      "\"private_key_id\": \"0000000000000000000000000000000000000000\"",
      "  \"private_key_id\": \"<KEY_ID>\",",
    ],
  },
};
