import type { SecretRule } from '../../rule.js';

/**
 * Slack app configuration refresh token. Refresh tokens mint new configuration tokens indefinitely.
 * https://api.slack.com/authentication/config-tokens#rotating
 */
export const rule: SecretRule = {
  id: 'slack-config-refresh-token',
  title: 'Slack app configuration refresh token',
  severity: 'high',
  keywords: ['xoxe-'],
  regex: /(?<![\w.-])(xoxe-\d-[A-Za-z0-9]{140,260})(?![A-Za-z0-9])/,
  entropy: 4,
  docs: 'https://api.slack.com/authentication/config-tokens#rotating',
  remediation:
    'Revoke the credential in Slack, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'refresh_token = "xoxe-1-RSVbjJljwD0P5tC8jFlHEk8osyd3h7mQtdLwMePUMplU22X0WFnDFad6mK1TfIuPuHywaIiujqQENTTyNPUoZ8s1DqO234sN0NSZC6NqXH16dzRtpl3NzJIag4FJVX86NExxt0KNxBcybk8lnRfTvv"',
      'SLACK_CONFIG_REFRESH=xoxe-1-tsfYIRlaS6bX7lYfMMOj4UGyLtZbmA7oOdiK069jJVVPvveL549a41RX2hF8G8tR0lnaObonsKrugNo87zjxP2mWpKFHeKz4OgMmMPGBHkt273cATYTQHttxBtTXowV7XveGzdMuj5oFzamFXd',
    ],
    negative: [
      'refresh_token = "xoxe-1-xxx"',
      'XOXE-ABCDEF, row 12',
      'xoxe-1-pYdY4cuMRxJVUNz2gY12LI8CLj3xFVuq22vGCHfkz4ci4i20nR2myfWggRlTSTsGORkArZzhGu6ePLJv',
    ],
  },
};
