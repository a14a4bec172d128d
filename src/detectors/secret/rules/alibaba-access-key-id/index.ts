import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Alibaba Cloud AccessKey ids begin with `LTAI`.
 */
export const rule: SecretRule = {
  id: "alibaba-access-key-id",
  title: "Alibaba Cloud AccessKey ID",
  severity: 'high',
  keywords: ["ltai"],
  regex: /(?<![A-Za-z0-9_-])(LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair",
  examples: {
    positive: [
      "ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIfomfl4xX6t2E1iDE3C6Y",
      "access_key_id: \"LTAIKx2tBkMWj2V4kYQI\"",
    ],
    negative: [
      "key = LTAI9Ef8LeUE",
      "ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIxxxxxxxxxxxxxxxx",
      "x = ltaiFSb3Jfyg5ME3V0Ai",
    ],
  },
};
