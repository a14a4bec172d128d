import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Heroku API tokens issued since 2024 start with `HRKU-`.
 */
export const rule: SecretRule = {
  id: "heroku-api-key-v2",
  title: "Heroku API key (HRKU- prefix)",
  severity: 'high',
  keywords: ["hrku-"],
  regex: /(?<![A-Za-z0-9_-])(HRKU-[A-Za-z0-9_-]{60})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://devcenter.heroku.com/articles/authentication",
  examples: {
    positive: [
      "HEROKU_API_KEY=HRKU-AAwy9qQ3HfaV0kwFNM2UldV7P1G9mL9ACQk-b78tW7regRHxspb2y3l72jWx",
      "  api_key: \"HRKU-AAwy9qQ3HfaV0kwFNM2UldV7P1G9mL9ACQk-b78tW7regRHxspb2y3l72jWx\"",
    ],
    negative: [
      "HEROKU_API_KEY=HRKU-AAwy9qQ3HfaV0kwFNM2UldV7P1G9mL9ACQk",
      "HEROKU_API_KEY=HRKU-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    ],
  },
};
