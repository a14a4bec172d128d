import type { SecretRule } from '../../rule.js';

/**
 * Auth0 client secret. Application client secrets are 64 characters.
 * https://auth0.com/docs/get-started/applications/application-settings#basic-information
 */
export const rule: SecretRule = {
  id: 'auth0-client-secret',
  title: 'Auth0 client secret',
  severity: 'high',
  keywords: ['auth0'],
  regex:
    /(?<![a-z0-9])(?:auth0[\w.\-]{0,20}?(?:client[_.\-]?)?secret)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([A-Za-z0-9_-]{64})(?![\w\-])/i,
  entropy: 4,
  docs: 'https://auth0.com/docs/get-started/applications/application-settings#basic-information',
  remediation:
    'Revoke the credential in Auth0, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'AUTH0_CLIENT_SECRET=--SZWuYkOHm5b1-0Rdvv1yEN9a1FCWCZ_gOdcHs8HYJlqPtRtqkGYiwGWv_GCU2M',
      "auth0Secret: 'MAqjoyoO0s0R3yaIjl9NuAaj609PwTbAREepjL6BW7WKuWom7jKI4EOwHgj8SPh6'",
    ],
    negative: ['AUTH0_CLIENT_SECRET=YOUR_CLIENT_SECRET', 'AUTH0_CLIENT_ID=MD4xCU4TFMADpalhfMXwCAXVeewvToOO'],
  },
};
