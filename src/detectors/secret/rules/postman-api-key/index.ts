import type { SecretRule } from '../../rule.js';

/**
 * Postman API key. API keys: `PMAK-` + 24 hex + `-` + 34 hex.
 * https://learning.postman.com/docs/developer/postman-api/authentication/
 */
export const rule: SecretRule = {
  id: 'postman-api-key',
  title: 'Postman API key',
  severity: 'high',
  keywords: ['pmak-'],
  regex: /(?<![\w+/-])(PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://learning.postman.com/docs/developer/postman-api/authentication/',
  remediation:
    'Revoke the credential in Postman, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'POSTMAN_API_KEY=PMAK-ca3b7141db43a73868457392-9d4fa0b4ac529dcf9779fef457d28a1a04',
      'X-Api-Key: PMAK-c68c843cb36bfe69866a5c7b-6568554bccc31d7ebeb45e40da4c6f3729',
    ],
    negative: ['POSTMAN_API_KEY=PMAK-xxxxxxxx', 'PMAK-f35b9b7db28288b1bee7d012'],
  },
};
