import type { SecretRule } from '../../rule.js';

/**
 * Discord bot token. Bot tokens: base64 of the bot user id (so it starts with M, N or O), a timestamp and an HMAC.
 * https://discord.com/developers/docs/reference#authentication
 */
export const rule: SecretRule = {
  id: 'discord-bot-token',
  title: 'Discord bot token',
  severity: 'high',
  keywords: ['discord', 'bot'],
  regex: /(?<![\w.-])([MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![\w.-])/,
  entropy: 4,
  docs: 'https://discord.com/developers/docs/reference#authentication',
  remediation:
    'Revoke the credential in Discord, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'DISCORD_TOKEN=MTbAPZ1oNHPXsWZNRNh1KCaDi.qJqDiN.vroCLptI3vF1WrCUqMmhhIxbqnljYbvn_7hzh2',
      "bot.run('OTa1QWJiNcAAl8DYFyKntkOX.4-UQkz.norPTiDzgMd1XpeHfBb80hiPkNG')  # discord",
    ],
    negative: ['DISCORD_TOKEN=your.bot.token', 'bot.run(os.environ["DISCORD_TOKEN"])'],
  },
};
