import type { SecretRule } from '../../rule.js';

/**
 * New Relic browser ingest key. Browser keys are embedded in web pages but still allow data injection.
 * https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#browser-key
 */
export const rule: SecretRule = {
  id: 'new-relic-browser-key',
  title: 'New Relic browser ingest key',
  severity: 'medium',
  keywords: ['nrjs-'],
  regex: /(?<![\w-])(NRJS-[a-f0-9]{19})(?![A-Za-z0-9])/,
  entropy: 3,
  docs: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#browser-key',
  remediation:
    'Revoke the credential in New Relic, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: ['licenseKey: "NRJS-3a706383dbcc47a6fa1"', 'NEW_RELIC_BROWSER_KEY=NRJS-69c17df1001cb806874'],
    negative: ['NRJS-xxxxxxxxxxxxxxxxxxx', 'NRJS-36c6a455a6'],
  },
};
