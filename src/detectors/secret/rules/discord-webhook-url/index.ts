import type { SecretRule } from '../../rule.js';

/**
 * Discord webhook URL. The webhook token in the URL lets anyone post as the webhook.
 * https://discord.com/developers/docs/resources/webhook#execute-webhook
 */
export const rule: SecretRule = {
  id: 'discord-webhook-url',
  title: 'Discord webhook URL',
  severity: 'high',
  keywords: ['/api/webhooks/'],
  regex:
    /(https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,68})(?![\w-])/,
  entropy: 3.5,
  docs: 'https://discord.com/developers/docs/resources/webhook#execute-webhook',
  remediation:
    'Revoke the credential in Discord, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'DISCORD_WEBHOOK=https://discord.com/api/webhooks/8045781450676951489/5nITLDvRckVov1CKpHEcwtMc8Vo-4E04Ic12gbg-QzOU-FlEtvxbXHgozI67egNprV5d',
      "hook = 'https://discordapp.com/api/webhooks/569246874941844196/xncEojM9QuLVoZxMbuTfXjh-N_zAK6D_Jw6QfoBKEPhZeOpigHfpyGzfSgckG7CKOxVg'",
    ],
    negative: [
      'https://discord.com/api/webhooks/{webhook.id}/{webhook.token}',
      'https://discord.com/api/webhooks/123456789012345678/',
    ],
  },
};
