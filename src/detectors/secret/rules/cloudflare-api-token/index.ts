import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Cloudflare API tokens are 40 URL-safe characters with no prefix; reported after a Cloudflare token name.
 */
export const rule: SecretRule = {
  id: "cloudflare-api-token",
  title: "Cloudflare API token",
  severity: 'high',
  keywords: ["cloudflare", "cf_"],
  regex: /(?:cloudflare|cf_)[\w.-]{0,30}?token[\w.-]{0,10}?["\']?\s{0,3}(?:=|:=|:|=>|\s)\s{0,3}["\']?([A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/i,
  entropy: 4,
  allowlist: [...PLACEHOLDERS],
  docs: "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/",
  examples: {
    positive: [
      "CLOUDFLARE_API_TOKEN=xkA9FafX3rNdrm7q5zB1IHMiJsAymQWgiB7D5sda",
      "CF_API_TOKEN=\"bz5pgsFrewejGxlKFxq66H40DIw2uidmHbI02sx0\"",
      "  cloudflareToken: uMHb2QJW6kkGY6h-p6hVmwKzGqPgLtJxbOiFF9pG",
    ],
    negative: [
      "CLOUDFLARE_API_TOKEN=weedNdtDiH9r4yHx3hx9UziI-mb7xj",
      "CLOUDFLARE_API_TOKEN=${{ secrets.CLOUDFLARE_API_TOKEN }}",
      "cloudflare_zone_id = \"14e0b3e6dec13c2597c9495e4617acf1\"",
    ],
  },
};
