import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Vultr API keys are 36 upper-case alphanumerics.
 */
export const rule: SecretRule = {
  id: "vultr-api-key",
  title: "Vultr API key",
  severity: 'high',
  keywords: ["vultr"],
  regex: /vultr[\w.-]{0,30}?["\']?\s{0,3}(?:=|:=|:|=>|\s)\s{0,3}["\']?([A-Z0-9]{36})(?![A-Za-z0-9_-])/i,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.vultr.com/platform/other/api/how-to-use-the-vultr-api",
  examples: {
    positive: [
      "VULTR_API_KEY=CAMBGHMGSEOL9A2YEJLQROAPDKYRJS6R2YMF",
      "vultr_api_key = \"3YTRL9JYY2ZDQGG5Y4BQRCB0F09VVUADM5XN\"",
    ],
    negative: [
      "VULTR_API_KEY=4Z1QGCSO2Y2Q30TT5FLO7M8ZDLVQNR",
      "VULTR_API_KEY=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      "vultr_plan = \"WBFFAI8Q6YCIK5POF1BC72F1KY4ASGZ2ASAHXQD6\"",
    ],
  },
};
