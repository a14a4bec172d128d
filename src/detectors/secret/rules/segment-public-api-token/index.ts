import type { SecretRule } from '../../rule.js';

/**
 * Twilio Segment Public API token. Public API tokens: `sgp_` + 64 alphanumerics; they manage workspace sources and destinations.
 * https://segment.com/docs/api/public-api/#authentication
 */
export const rule: SecretRule = {
  id: 'segment-public-api-token',
  title: 'Twilio Segment Public API token',
  severity: 'high',
  keywords: ['sgp_'],
  regex: /(?<![\w-])(sgp_[A-Za-z0-9]{64})(?![A-Za-z0-9])/,
  entropy: 4,
  docs: 'https://segment.com/docs/api/public-api/#authentication',
  remediation:
    'Revoke the credential in Twilio Segment, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SEGMENT_PUBLIC_API_TOKEN=sgp_CEfDTGcZqScsBDB5O3VrnprP6LQUyDHhAlDE1iJgfymeBDUDJFl13KRdvWopqMBH',
      'Authorization: Bearer sgp_slNPN20iw7NT6VwT4c6bRxB1Nh0YI9ggBdGL1kPsuNpuoL8Xvm5AiUjfxKNliSRD',
    ],
    negative: [
      'SEGMENT_TOKEN=sgp_99x4pnUcvQyZtUONevlwQp9rv5wpNL',
      'sgp_0cd740895ddfed92bb75921f5192a0900915108f',
    ],
  },
};
