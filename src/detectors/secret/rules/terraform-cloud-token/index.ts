import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Terraform Cloud tokens: 14 characters, `.atlasv1.`, 60–70 characters.
 */
export const rule: SecretRule = {
  id: "terraform-cloud-token",
  title: "Terraform Cloud / HCP Terraform API token",
  severity: 'critical',
  keywords: [".atlasv1."],
  regex: /(?<![A-Za-z0-9_-])([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens",
  examples: {
    positive: [
      "token = \"7Hm65I2ImJE6jS.atlasv1.jq9jgK0-r3KiMgPxNS0RxyxkMk-nXGXqpxYg-KpTiM2P2tMZjz4VnUM_CUrVKaSuyZe\"",
      "TF_TOKEN_app_terraform_io=Z805JJ5Og8MKoU.atlasv1.17UDqmfGmHtMRZTc4i-rQIw75VYsqpJp7qUIhAsAEaoRpi4goqklnUi4fYZDje-XV4K",
    ],
    negative: [
      "token = \"xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
      "token = \"c2nvZAagTPWCuY.atlasv1.d7O769OXCf-0dQRWFCg1\"",
    ],
  },
};
