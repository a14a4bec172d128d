import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Vercel access tokens are 24 alphanumerics; reported after a Vercel name.
 */
export const rule: SecretRule = {
  id: "vercel-token",
  title: "Vercel access token",
  severity: 'high',
  keywords: ["vercel"],
  regex: /vercel[\w.-]{0,30}?["\']?\s{0,3}(?:=|:=|:|=>|\s)\s{0,3}["\']?([A-Za-z0-9]{24})(?![A-Za-z0-9_-])/i,
  entropy: 3.8,
  allowlist: [...PLACEHOLDERS],
  docs: "https://vercel.com/docs/rest-api#creating-an-access-token",
  examples: {
    positive: [
      "VERCEL_TOKEN=B4Q4IyavvjYsroj7hXtAktXk",
      "vercel_api_token = \"HHwaMEX5JOtYe0itBlqsuefM\"",
    ],
    negative: [
      "VERCEL_TOKEN=vgVukQtOstxEZXs1",
      "VERCEL_TOKEN=${{ secrets.VERCEL_TOKEN }}",
      "vercel_org_id = \"team_SDq0MIFkgTkST6AxcKFIYQvX\"",
    ],
  },
};
