import type { SecretRule } from '../../rule.js';

/**
 * 1Password service account token. Service account tokens: `ops_` + base64 JSON (sign-in address, SRP material); they open the granted vaults.
 * https://developer.1password.com/docs/service-accounts/security/
 */
export const rule: SecretRule = {
  id: '1password-service-account-token',
  title: '1Password service account token',
  severity: 'critical',
  keywords: ['ops_eyj'],
  regex: /(?<![\w-])(ops_eyJ[A-Za-z0-9+/_-]{250,2000}={0,3})(?![A-Za-z0-9+/=_-])/,
  entropy: 4,
  docs: 'https://developer.1password.com/docs/service-accounts/security/',
  remediation:
    'Revoke the credential in 1Password, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJJqVzOzwNkZbqqKbpb11XvteMp73bFTu+imE/ZpgI9hLZ021fXJ/d1r5k0VtNXsrMLSrxV08NMV0L617tvLJ5NdzgixBws6L70GdW0PcDlOsDI4sBiGnWFafaybmvILlFoQ3DXl9I5N3cJVWpBidu/uX8y5FSUyz5mTYIPp5hzVWVZ/OX3m6HVhDV9gPZ6zYknwoAuModvmvmYN1jFQZFXrx6mepBOSvGs/1rBkfsBDeFfT1LOCa8PjieH8AkbxkV5Slm9S2dZGGmcffboaF1JKLUpY6xPqhpMX+ZAq6pnPoE',
      '"token": "ops_eyJVsg2TNrvJwSfgMdTMzO6MlY2oiKT6zU1lYa28qJS3DL2piK4k7yUii7HUPa-0QprQYyHUWMu2PEXr2VVfmhKDeJ8TFvOajRcqwdyXVH7C0rmKJoVneXy6VXmO9wBPw6Gfud2qeMhA6Tiw0mWIjEsfxAKA3fs1ibL09xoqS5iIJagPGQkadt68unFusKMCQabzfPvDcCl2kw2TSXZufpchV-yVdf7Ow8lofOkRomfc9ERs8oTR58VOCORRb8ot1fDCytA6rSsdeBPpzJmL6a_aojqTID2tUIATAOaWMol23IEnOrpM_JJZXAayUL38An3IMv4qe2ZRr0XnAclvjXR_jEMd--EYxs_q0vebMH8qT2tRhSXA2DWa5ijSIomItRUlVlFll37rWY1-QDiXprjH_bZUtuCenvhHH18hwdflVyUT2HToCevBmkAY5j7z7d6gvtvvV7VHcXk2L2U520v-oK6RY_8jRPZKkMQO3PBn1o1biKOVcjW3dlipRP4BWAHr1pT-P2j9Ih6mlY0igOVUg7aIReZHfnTmjkwSz0ajS72tC0st2Rpcm8YJCS25ojNUmzJUStazng4mwYiQZ4j6JRF"',
    ],
    negative: [
      'OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5B...',
      'ops_eyJe5UNCnqRJar7hg6DFcYKnMWAQQSY4mRzq36ztXLauhM7c8XPNq4OKWieIlQYxbdb0HxOEIMNnsgSuU33',
    ],
  },
};
