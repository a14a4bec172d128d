import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Scaleway access keys are `SCW` plus 17 characters; on their own they identify, the secret key authorises.
 */
export const rule: SecretRule = {
  id: "scaleway-access-key",
  title: "Scaleway access key",
  severity: 'medium',
  keywords: ["scw"],
  regex: /(?<![A-Za-z0-9_-])(SCW[A-Z0-9]{17})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://www.scaleway.com/en/docs/iam/concepts/#api-key",
  examples: {
    positive: [
      "SCW_ACCESS_KEY=SCWWQ933KLNIHNY1ZRRS",
      "access_key: \"SCWFPDCWAJD14GR7HPUU\"",
    ],
    negative: [
      "SCW_ACCESS_KEY=SCWLIXOE46LDB",
      "SCW_ACCESS_KEY=SCWXXXXXXXXXXXXXXXXX",
      "x = scwsuhuajqcqtct5qvo5",
    ],
  },
};
