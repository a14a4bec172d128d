import type { SecretRule } from '../../rule.js';

/**
 * Mailchimp API key. Marketing API keys: 32 hex + `-us<datacenter>`.
 * https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key
 */
export const rule: SecretRule = {
  id: 'mailchimp-api-key',
  title: 'Mailchimp API key',
  severity: 'high',
  keywords: ['-us'],
  regex: /(?<![\w-])([0-9a-f]{32}-us\d{1,2})(?![\w-])/,
  entropy: 3,
  docs: 'https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key',
  remediation:
    'Revoke the credential in Mailchimp, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'MAILCHIMP_API_KEY=43b1bc47a97534b4caa877dd943288fd-us12',
      "mailchimp.setConfig({ apiKey: '0573fbbf26eb9b4c22e94868e8bbf436-us6', server: 'us6' });",
    ],
    negative: [
      'MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us12',
      'MAILCHIMP_API_KEY=055fd5fed2cf111a773ee0718d1ddf96-eu1',
    ],
  },
};
