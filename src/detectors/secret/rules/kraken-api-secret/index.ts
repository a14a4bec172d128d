import type { SecretRule } from '../../rule.js';

/**
 * Kraken API private key. Private keys are base64 of 64 bytes (88 characters) and sign trading requests.
 * https://docs.kraken.com/api/docs/guides/spot-rest-auth
 */
export const rule: SecretRule = {
  id: 'kraken-api-secret',
  title: 'Kraken API private key',
  severity: 'critical',
  keywords: ['kraken'],
  regex:
    /(?<![a-z0-9])(?:kraken[\w.\-]{0,20}?(?:secret|private[_.\-]?key|api[_.\-]?key))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([A-Za-z0-9+/]{80,90}={0,2})(?![A-Za-z0-9+/=])/i,
  entropy: 4.5,
  docs: 'https://docs.kraken.com/api/docs/guides/spot-rest-auth',
  remediation:
    'Revoke the credential in Kraken, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'KRAKEN_API_SECRET=4rtMfbV5Nx8nKtjsMwfFbhzKgQavnZw94OGu5xbmlcywt2vgndv3Bxu++Eq61/bjHsOL1e52AB657JEPBS7Emf==',
    ],
    negative: [
      'KRAKEN_API_SECRET=your-private-key',
      'KRAKEN_API_SECRET=2vAg4MPtPOPuKXsOtBOTVc9dz/Uj2o+fFjWdnAHj',
    ],
  },
};
