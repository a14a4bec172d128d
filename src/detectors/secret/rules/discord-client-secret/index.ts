import type { SecretRule } from '../../rule.js';

/**
 * Discord OAuth2 client secret. The OAuth2 client secret of a Discord application (32 characters).
 * https://discord.com/developers/docs/topics/oauth2
 */
export const rule: SecretRule = {
  id: 'discord-client-secret',
  title: 'Discord OAuth2 client secret',
  severity: 'high',
  keywords: ['discord'],
  regex:
    /(?<![a-z0-9])(?:discord[\w.\-]{0,20}?(?:client[_.-]?)?secret)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([A-Za-z0-9_-]{32})(?![\w\-])/i,
  entropy: 3.5,
  docs: 'https://discord.com/developers/docs/topics/oauth2',
  remediation:
    'Revoke the credential in Discord, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'DISCORD_CLIENT_SECRET=fNP3F5Ej0-d9udQ968MGLyo7_-m-030z',
      '  discord_client_secret: "9syeioa3lrNlwe623hVPDt6jhTKQVb2E"',
      'discordSecret = "mVQBFaNquFaL34zKDDgzZLt8sG12V766"',
    ],
    negative: [
      'discord=00000000000000000000000000000000',
      'DISCORD_CLIENT_SECRET=${DISCORD_CLIENT_SECRET}',
      'discord_client_id = "171849028583920749"',
    ],
  },
};
