import type { SecretRule } from '../../rule.js';

/**
 * Mandrill (Mailchimp Transactional) API key. Transactional API keys are 22 characters (newer ones `md-` prefixed).
 * https://mailchimp.com/developer/transactional/guides/quick-start/#generate-your-api-key
 */
export const rule: SecretRule = {
  id: 'mandrill-api-key',
  title: 'Mandrill (Mailchimp Transactional) API key',
  severity: 'high',
  keywords: ['mandrill'],
  regex:
    /(?<![a-z0-9])(?:mandrill[\w.\-]{0,20}?(?:api)?[_.-]?key)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}((?:md-)?[A-Za-z0-9_-]{22})(?![\w\-])/i,
  entropy: 3.5,
  docs: 'https://mailchimp.com/developer/transactional/guides/quick-start/#generate-your-api-key',
  remediation:
    'Revoke the credential in Mandrill, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: ['MANDRILL_API_KEY=HV8iaE2ylrrXFFjozwiwI_', "mandrill_key: 'md-cNcW3Fki9JIw54qmAhHOHg'"],
    negative: ['MANDRILL_API_KEY=your-mandrill-key', 'MANDRILL_API_KEY=bxIiIfOaNBDM'],
  },
};
