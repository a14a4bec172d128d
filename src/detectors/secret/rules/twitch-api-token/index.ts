import type { SecretRule } from '../../rule.js';

/**
 * Twitch client secret or OAuth token. Client secrets and OAuth tokens are 30 lower-case alphanumerics.
 * https://dev.twitch.tv/docs/authentication/
 */
export const rule: SecretRule = {
  id: 'twitch-api-token',
  title: 'Twitch client secret or OAuth token',
  severity: 'high',
  keywords: ['twitch'],
  regex:
    /(?<![a-z0-9])(?:twitch[\w.\-]{0,20}?(?:client[_.\-]?secret|secret|token|oauth))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}((?:oauth:)?[a-z0-9]{30})(?![\w\-])/i,
  entropy: 3.5,
  docs: 'https://dev.twitch.tv/docs/authentication/',
  remediation:
    'Revoke the credential in Twitch, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'TWITCH_CLIENT_SECRET=eblozgyz66slh5lk0s6tjgpnibk8si',
      'twitch_oauth: "oauth:5jbm1918527leix6fil4q1fy66mson"',
    ],
    negative: ['TWITCH_CLIENT_SECRET=<secret>', 'TWITCH_CHANNEL=somechannel'],
  },
};
