import type { SecretRule } from '../../rule.js';

/**
 * Facebook / Meta access token. User, page and system-user tokens start with `EAA` and run to 100+ characters.
 * https://developers.facebook.com/docs/facebook-login/guides/access-tokens
 */
export const rule: SecretRule = {
  id: 'facebook-access-token',
  title: 'Facebook / Meta access token',
  severity: 'high',
  keywords: ['eaa'],
  regex: /(?<![\w-])(EAA(?!A)[A-Za-z0-9]{90,255})(?![A-Za-z0-9])/,
  entropy: 4,
  docs: 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens',
  remediation:
    'Revoke the credential in Meta, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'FB_PAGE_ACCESS_TOKEN=EAAG7bzDyKV2BpuajZi9wP2Vcweplu3kmUMuZI2goVbAXy8fFTH4FjBdzvjb86Ehcglv569kmAHMu46hoeBQ2QRbOAZFzXsfapg6tliP5FOLmbtIEmtkZ7HnzEee5mfHHBDHqAGdHi1UYigGtyVYhQBWSu9MW2TT9PMncm3UxGNTuCCaV6oHw2Mv',
      "graph = facebook.GraphAPI(access_token='EAABIcI12yuhB5KHvdsRyJ3RRfMY0x55zMsius1MyUZ9eMK8BhkA1wReRx3CHr28xraDlR02fy42nqaCDZ3ICJGzJpXzMTfOyaLKHYzpVwL1gLJpR912l5yY71Fo')",
    ],
    negative: ['FB_ACCESS_TOKEN=EAAG...', 'EAAGVJBnskCJ3gYAS4oGgORyMCQdvXzkcS2amxNDSji6'],
  },
};
