import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Netlify personal access tokens (40–46 URL-safe characters); reported after a Netlify name.
 */
export const rule: SecretRule = {
  id: "netlify-access-token",
  title: "Netlify access token",
  severity: 'high',
  keywords: ["netlify"],
  regex: /netlify[\w.-]{0,30}?["\']?\s{0,3}(?:=|:=|:|=>|\s)\s{0,3}["\']?((?:nfp_)?[A-Za-z0-9_-]{40,46})(?![A-Za-z0-9_-])/i,
  entropy: 4,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.netlify.com/api/get-started/#authentication",
  examples: {
    positive: [
      "NETLIFY_AUTH_TOKEN=j3ge_Bt--wzExnyI8rRwv3em-vbtSQG7XWw1ZKcdXDH",
      "netlify_token: \"d42M0ug-z-pkVMmjhgQ9iUm9cdvorV9dJ2PkLQV_\"",
    ],
    negative: [
      "NETLIFY_AUTH_TOKEN=DqTQPtBR2aq-8GQF563FAz4-LRymn_",
      "NETLIFY_AUTH_TOKEN=${{ secrets.NETLIFY_AUTH_TOKEN }}",
      "netlify_site_id = \"af915aa3-c7df-4dfa-a86d-0526a4a3370d\"",
    ],
  },
};
