import type { SecretRule } from '../../rule.js';

/**
 * Microsoft Teams incoming webhook URL. Connector webhook URLs carry the tenant, group and a connector secret; anyone holding one can post to the channel.
 * https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook
 */
export const rule: SecretRule = {
  id: 'microsoft-teams-webhook-url',
  title: 'Microsoft Teams incoming webhook URL',
  severity: 'high',
  keywords: ['webhook.office.com', 'outlook.office.com/webhook'],
  regex:
    /(https:\/\/(?:[a-z0-9-]+\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/[0-9a-f-]{36}@[0-9a-f-]{36}\/IncomingWebhook\/[0-9a-f]{32}\/[0-9a-f-]{36}(?:\/[A-Za-z0-9_-]{40,50})?)/i,
  entropy: 3,
  docs: 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
  remediation:
    'Revoke the credential in Microsoft Teams, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'TEAMS_WEBHOOK_URL=https://contoso.webhook.office.com/webhookb2/0cdb7e94-544a-4f77-a0e1-759cca1e986e@7ffd1856-7e78-4860-af14-02bb0fdfb58f/IncomingWebhook/5c9b66323104d2c63f0941ec8e227ccd/8c480aeb-4d5f-4c19-a793-2dea55324afc/V2ojpbzS_QidYgpwYuJgsZWhCx06vm7kBU2tI_K80ZvMU',
      'url: "https://outlook.office.com/webhook/49d3e3c0-5ae3-43b8-a375-3d3e370096ff@8221b4a3-cef8-4351-ad7d-806774d4c3b4/IncomingWebhook/16897ffef5c51bef108092e822a97ed9/683f5a3d-dd71-40dd-aa39-a5e991f7c2a8"',
    ],
    negative: [
      'https://contoso.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>',
      'https://outlook.office.com/mail/inbox',
    ],
  },
};
