import type { SecretRule } from '../../rule.js';

/**
 * Dropbox long-lived access token. Legacy long-lived tokens: 11 characters, ten `A`, 43 characters.
 * https://developers.dropbox.com/oauth-guide
 */
export const rule: SecretRule = {
  id: 'dropbox-long-lived-token',
  title: 'Dropbox long-lived access token',
  severity: 'high',
  keywords: ['dropbox'],
  regex:
    /(?<![a-z0-9])(?:dropbox[\w.\-]{0,20}?(?:token|key|secret))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_-]{43})(?![\w\-])/i,
  entropy: 3.5,
  docs: 'https://developers.dropbox.com/oauth-guide',
  remediation:
    'Revoke the credential in Dropbox, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: ['DROPBOX_ACCESS_TOKEN=Pb81TT3aW9PAAAAAAAAAA2EaQhCTq8xFEEnK7mOvqZSmPJsueCmphbvWQHen4vRo'],
    negative: ['DROPBOX_ACCESS_TOKEN=your_token', 'DROPBOX_APP_KEY=6j2at425521hm4z'],
  },
};
