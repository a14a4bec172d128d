import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * DigitalOcean tokens carry a type prefix (`dor_v1_`) and 64 hex characters.
 */
export const rule: SecretRule = {
  id: "digitalocean-refresh-token",
  title: "DigitalOcean OAuth refresh token",
  severity: 'high',
  keywords: ["dor_v1_"],
  regex: /(?<![A-Za-z0-9_-])(dor_v1_[a-f0-9]{64})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.digitalocean.com/reference/api/create-personal-access-token/",
  examples: {
    positive: [
      "DIGITALOCEAN_TOKEN=dor_v1_cb9d5059761791b353b191fd0bae5e67bb9d2759235937aa53bb93775c513a58",
      "  token: \"dor_v1_90c54ece58ea3cf29e11366e36ef3245ba9ea90ffe730c74d99bfded353107d4\"",
    ],
    negative: [
      "DIGITALOCEAN_TOKEN=dor_v1_cb9d5059761791b353b191fd0bae5e67bb9d2759235",
      "DIGITALOCEAN_TOKEN=dor_v1_0000000000000000000000000000000000000000000000000000000000000000",
      "token = dor_v1_f0cab1d643b500803cb98dc935deae6d0093459b79b210779895feefb37c986z",
    ],
  },
};
