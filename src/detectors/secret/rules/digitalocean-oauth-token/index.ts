import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * DigitalOcean tokens carry a type prefix (`doo_v1_`) and 64 hex characters.
 */
export const rule: SecretRule = {
  id: "digitalocean-oauth-token",
  title: "DigitalOcean OAuth access token",
  severity: 'high',
  keywords: ["doo_v1_"],
  regex: /(?<![A-Za-z0-9_-])(doo_v1_[a-f0-9]{64})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.digitalocean.com/reference/api/create-personal-access-token/",
  examples: {
    positive: [
      "DIGITALOCEAN_TOKEN=doo_v1_e8249b1f891a45d218bafcbbaa49132982769100a24a6514cbb7928ac4d8b505",
      "  token: \"doo_v1_ff3a5c241f7e19d98e652463b9af6db66f211fed21c5e19e1afc0f106d090678\"",
    ],
    negative: [
      "DIGITALOCEAN_TOKEN=doo_v1_e8249b1f891a45d218bafcbbaa49132982769100a24",
      "DIGITALOCEAN_TOKEN=doo_v1_0000000000000000000000000000000000000000000000000000000000000000",
      "token = doo_v1_f8de8642499f717c63ed5b47fd113e37fee97653e0d154279dee1d59a8d4032z",
    ],
  },
};
