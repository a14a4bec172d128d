import type { SecretRule } from '../../rule.js';

/**
 * Telegram bot token. Bot tokens are `<bot id>:<35 characters starting with AA>`; whoever has one controls the bot.
 * https://core.telegram.org/bots/api#authorizing-your-bot
 */
export const rule: SecretRule = {
  id: 'telegram-bot-token',
  title: 'Telegram bot token',
  severity: 'high',
  keywords: [':aa'],
  regex: /(?<![\w:])(\d{8,10}:AA[A-Za-z0-9_-]{33})(?![\w-])/,
  entropy: 3.5,
  docs: 'https://core.telegram.org/bots/api#authorizing-your-bot',
  remediation:
    'Revoke the credential in Telegram, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'TELEGRAM_BOT_TOKEN=1810700504:AA_MmYuq6_0eMCwScl9LQGC-ZPJMtE9kflW',
      'bot = telebot.TeleBot("843522249:AAGsret09hfZjBFcrloKlqS1rClTaEkgZ6E")',
    ],
    negative: [
      'TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'time 12345678:AABBCC',
      'TOKEN=8097807808:BBok168RuuBsZmcL8EcYUzS7Q1SW605gU2L',
    ],
  },
};
