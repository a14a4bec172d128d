import type { SecretRule } from '../../rule.js';

/**
 * Frame.io developer token. Developer tokens: `fio-u-` + 64 characters.
 * https://developer.frame.io/docs/getting-started/authentication
 */
export const rule: SecretRule = {
  id: 'frameio-api-token',
  title: 'Frame.io developer token',
  severity: 'high',
  keywords: ['fio-u-'],
  regex: /(?<![\w+/-])(fio-u-[A-Za-z0-9_=-]{64})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://developer.frame.io/docs/getting-started/authentication',
  remediation:
    'Revoke the credential in Frame.io, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: ['FRAMEIO_TOKEN=fio-u-rDHrbk2hbPV6_ow0OnHsOhbggDK-1P2l6Y6f8m05OcbV2lINbBqPxZx7JWefYmh8'],
    negative: ['FRAMEIO_TOKEN=fio-u-xxx', 'fio-u-5shofzfqoSyCAilaoqZ8GsUcgKKmCh'],
  },
};
