import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * The 30-character AccessKey secret has no prefix; reported after an Alibaba secret name.
 */
export const rule: SecretRule = {
  id: "alibaba-secret-key",
  title: "Alibaba Cloud AccessKey secret",
  severity: 'critical',
  keywords: ["alibaba", "aliyun", "alicloud"],
  regex: /(?:alibaba|aliyun|alicloud)[\w.-]{0,30}?secret[\w.-]{0,10}?["\']?\s{0,3}(?:=|:=|:|=>|\s)\s{0,3}["\']?([A-Za-z0-9]{30})(?![A-Za-z0-9_-])/i,
  entropy: 4,
  allowlist: [...PLACEHOLDERS],
  docs: "https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair",
  examples: {
    positive: [
      "ALIBABA_CLOUD_ACCESS_KEY_SECRET=E4o4pTBZTx5b3CP1IdwkHOHWazyjXv",
      "aliyun_access_secret: \"7PM7o4n0gXovFZU4T3jDPX9JZLgnjh\"",
      "alicloud_secret_key = \"agxjhEDo6rPCgjh2tQZacmnEETMuOr\"",
    ],
    negative: [
      "ALIBABA_CLOUD_ACCESS_KEY_SECRET=hucuvP9TqfF7KoFB5DSx",
      "ALIBABA_CLOUD_ACCESS_KEY_SECRET=${ALICLOUD_SECRET}",
      "alibaba_region = \"dPhRnayiAxzucE38Ep4vSFb5PMH38G\"",
    ],
  },
};
