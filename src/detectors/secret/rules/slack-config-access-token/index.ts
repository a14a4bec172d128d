import type { SecretRule } from '../../rule.js';

/**
 * Slack app configuration access token. Configuration tokens (`xoxe.xoxp-`/`xoxe.xoxb-`) create and change apps of a workspace; they last 12 hours but come with a refresh token.
 * https://api.slack.com/authentication/config-tokens
 */
export const rule: SecretRule = {
  id: 'slack-config-access-token',
  title: 'Slack app configuration access token',
  severity: 'high',
  keywords: ['xoxe.xox'],
  regex: /(?<![\w.-])(xoxe\.xox[bp]-\d-[A-Za-z0-9]{140,260})(?![A-Za-z0-9])/,
  entropy: 4,
  docs: 'https://api.slack.com/authentication/config-tokens',
  remediation:
    'Revoke the credential in Slack, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'config_token = "xoxe.xoxp-1-8FzIHd7sqV5paIHNJurMaysqo1GEvrPbHZ8WbVLQcO9H0pyUlfnsXPCQt94epuj8EWLhu51A9xQXm2uDxuk348k2yWqPbaIuNjlzyW4ZJZXFPL145aS430aX8Tdnaz9wvRHTfWcIxhrFsN1D6u5BFZ5tADRi6toBafy"',
      '"access_token": "xoxe.xoxb-1-4L3Bu5HTWADpwROdoqZ45uDXXsVV30BYXeiE2fvNXPMYN2c5Kw8jczj1I7qZK9dQtoUayfX21slL67VkIQF55pGc0tmcCbHIDQIvQyzQhiIyA3Tc7Nl8zulWMcvVmRsp57PlJnw4tylcXl9xsA2fpP5UidHesHg4"',
    ],
    negative: [
      'xoxe.xoxp-1-YourConfigurationTokenGoesHere',
      'token: xoxe.xoxp-1-3CjD6zkmck1t8SOpczzr8OgQFWdo5rRpP1wdhD72jfVURQTqf3xdkMryBCkg',
    ],
  },
};
