import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Pulumi Cloud access tokens: `pul-` plus 40 hex characters.
 */
export const rule: SecretRule = {
  id: "pulumi-access-token",
  title: "Pulumi access token",
  severity: 'high',
  keywords: ["pul-"],
  regex: /(?<![A-Za-z0-9_-])(pul-[a-f0-9]{40})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/",
  examples: {
    positive: [
      "PULUMI_ACCESS_TOKEN=pul-527f045717b592f2f3b62880519342d4668f3e77",
      "  pulumiToken: \"pul-f87e96d89e584c05456bb6412a99c7c70714d963\"",
    ],
    negative: [
      "PULUMI_ACCESS_TOKEN=pul-69965b3d935d06353b1e",
      "PULUMI_ACCESS_TOKEN=pul-0000000000000000000000000000000000000000",
      "name: pul-42f0c2895f4ef7ba6871df1e699e8f152d3a8df6-extra",
    ],
  },
};
