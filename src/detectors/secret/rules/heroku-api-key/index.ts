import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Legacy Heroku API keys are UUIDs, so they are reported only after a Heroku name.
 */
export const rule: SecretRule = {
  id: "heroku-api-key",
  title: "Heroku API key",
  severity: 'high',
  keywords: ["heroku"],
  regex: /heroku[\w.-]{0,30}?["\']?\s{0,3}(?:=|:=|:|=>|\s)\s{0,3}["\']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/i,
  entropy: 3,
  allowlist: [...PLACEHOLDERS, /^[0-]+$/],
  docs: "https://devcenter.heroku.com/articles/authentication",
  examples: {
    positive: [
      "HEROKU_API_KEY=84718290-5b0e-4600-afe7-bc5c246dd329",
      "heroku_api_key = \"2aa1c30d-a8da-48da-a471-d7e93d06dbf9\"",
      "  \"herokuToken\": \"ced138c1-de8b-4a2a-ac48-cfec6e9884d7\"",
    ],
    negative: [
      "HEROKU_API_KEY=00000000-0000-0000-0000-000000000000",
      "HEROKU_API_KEY=${{ secrets.HEROKU_API_KEY }}",
      "app_id = \"da9412c6-3c66-42e2-a7c8-787288993d68\"",
    ],
  },
};
