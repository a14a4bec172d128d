import type { SecretRule } from '../../rule.js';

/**
 * `"type": "service_account"` marks a downloaded service-account key file (workload identity
 * federation files say `external_account` instead and hold no key).
 * https://cloud.google.com/iam/docs/service-account-creds
 */
export const rule: SecretRule = {
  id: "gcp-service-account-file",
  title: "Google Cloud service account credentials file",
  severity: 'high',
  keywords: ["service_account"],
  regex: /"type"\s{0,3}:\s{0,3}"(service_account)"/,
  docs: "https://cloud.google.com/iam/docs/service-account-creds#key-types",
  examples: {
    positive: [
      "{ \"type\": \"service_account\", \"project_id\": \"ledger-prod-4471\" }",
      "  \"type\": \"service_account\",",
    ],
    negative: [
      "  \"type\": \"external_account\",",
      "account_type = \"service_account\"",
      "# set \"type\" to service account",
    ],
  },
};
