import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Linode personal access tokens are 64 hex characters without a prefix.
 */
export const rule: SecretRule = {
  id: "linode-token",
  title: "Linode (Akamai) API token",
  severity: 'high',
  keywords: ["linode"],
  regex: /linode[\w.-]{0,30}?["\']?\s{0,3}(?:=|:=|:|=>|\s)\s{0,3}["\']?([a-f0-9]{64})(?![A-Za-z0-9_-])/i,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://techdocs.akamai.com/linode-api/reference/get-started#personal-access-tokens",
  examples: {
    positive: [
      "LINODE_TOKEN=937eaff7584591de0ea22f2d04bee8051cf070b30b63e108337eb77e57f705b1",
      "linode_api_token = \"bc410783176a4744f4b6b4a0cbaf7409cd529372426f55af0f8a5892fc57f880\"",
    ],
    negative: [
      "LINODE_TOKEN=e255e8e20ecf8a4f09d0285c8b974c55ab2eb25f",
      "LINODE_TOKEN=${LINODE_TOKEN}",
      "linode_image_sha = \"0000000000000000000000000000000000000000000000000000000000000000\"",
    ],
  },
};
