import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * DigitalOcean tokens carry a type prefix (`dop_v1_`) and 64 hex characters.
 */
export const rule: SecretRule = {
  id: "digitalocean-pat",
  title: "DigitalOcean personal access token",
  severity: 'critical',
  keywords: ["dop_v1_"],
  regex: /(?<![A-Za-z0-9_-])(dop_v1_[a-f0-9]{64})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.digitalocean.com/reference/api/create-personal-access-token/",
  examples: {
    positive: [
      "DIGITALOCEAN_TOKEN=dop_v1_4d306f5ef11798d409eb75962fd301a84cc84eab845e9c9d83589a8070fec594",
      "  token: \"dop_v1_d17a783a06aac2f80f9701b53eba5c59acde641553b7511475d0b7b5320c0069\"",
    ],
    negative: [
      "DIGITALOCEAN_TOKEN=dop_v1_4d306f5ef11798d409eb75962fd301a84cc84eab845",
      "DIGITALOCEAN_TOKEN=dop_v1_0000000000000000000000000000000000000000000000000000000000000000",
      "token = dop_v1_f8dc525e4c82d972a25c246144734cb16d7b75d5ad4ac12a9f644d711943794z",
    ],
  },
};
