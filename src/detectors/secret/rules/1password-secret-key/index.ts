import type { SecretRule } from '../../rule.js';

/**
 * 1Password account secret key. The 34-character Secret Key that, with the account password, decrypts a 1Password account.
 * https://support.1password.com/secret-key-security/
 */
export const rule: SecretRule = {
  id: '1password-secret-key',
  title: '1Password account secret key',
  severity: 'critical',
  keywords: ['a3-'],
  regex:
    /(?<![\w-])(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})(?![\w-])/,
  entropy: 3.7,
  docs: 'https://support.1password.com/secret-key-security/',
  remediation:
    'Revoke the credential in 1Password, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'OP_SECRET_KEY=A3-WHMG23-6VOJI6447F0-932YU-8VVUW-M2U67',
      'secret key: A3-UKNAHY-TZALCO-4STQW-UBM6E-RYJC7-QHR75',
    ],
    negative: [
      'A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX',
      'A3-xXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
      'A3-K2003D-2QTXFLRXZIZ',
    ],
  },
};
