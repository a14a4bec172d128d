import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * The global API key (37 hex) has full account rights; reported after a Cloudflare key name.
 */
export const rule: SecretRule = {
  id: "cloudflare-global-api-key",
  title: "Cloudflare global API key",
  severity: 'critical',
  keywords: ["cloudflare", "cf_"],
  regex: /(?:cloudflare|cf_)[\w.-]{0,30}?(?:api_?key|auth_?key|global_?key)[\w.-]{0,10}?["\']?\s{0,3}(?:=|:=|:|=>|\s)\s{0,3}["\']?([a-f0-9]{37})(?![A-Za-z0-9_-])/i,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://developers.cloudflare.com/fundamentals/api/get-started/keys/",
  examples: {
    positive: [
      "CLOUDFLARE_API_KEY=ce5abeca471c19baf8be849c2e1d61b2d896a",
      "cf_auth_key: \"3a8237b9f3f1adbf5a769f2f957d9a6894ce1\"",
    ],
    negative: [
      "CLOUDFLARE_API_KEY=0a36c3a3be4945463196fae75d1d2b4c",
      "CF_API_KEY=$CF_API_KEY",
      "cloudflare_api_key_hint = \"1ef2005eeb2e61e1b48173c0ddf2c983e07bf2b8\"",
    ],
  },
};
