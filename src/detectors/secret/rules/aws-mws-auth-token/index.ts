import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Amazon Marketplace Web Service authorisation tokens: `amzn.mws.` followed by a UUID.
 */
export const rule: SecretRule = {
  id: "aws-mws-auth-token",
  title: "Amazon MWS auth token",
  severity: 'high',
  keywords: ["amzn.mws."],
  regex: /(?<![A-Za-z0-9_-])(amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS, /^amzn\.mws\.[0-]+$/],
  docs: "https://developer-docs.amazon.com/sp-api/docs/sp-api-for-mws-developers",
  examples: {
    positive: [
      "MWS_AUTH_TOKEN=amzn.mws.64849a84-5d1f-47c3-aa05-d27a584d21b5",
      "\"mwsAuthToken\": \"amzn.mws.64849a84-5d1f-47c3-aa05-d27a584d21b5\"",
    ],
    negative: [
      "MWS_AUTH_TOKEN=amzn.mws.00000000-0000-0000-0000-000000000000",
      "token = amzn.mws.4ea38b7b-f563-7709-4bae",
      "MWS_AUTH_TOKEN=amzn.mws.xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
    ],
  },
};
