import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Origin CA keys: `v1.0-`, 24 hex, `-`, 146 hex.
 */
export const rule: SecretRule = {
  id: "cloudflare-origin-ca-key",
  title: "Cloudflare Origin CA key",
  severity: 'high',
  keywords: ["v1.0-"],
  regex: /(?<![A-Za-z0-9_-])(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/",
  examples: {
    positive: [
      "CF_ORIGIN_CA_KEY=v1.0-26e0b302f3186304e83a8a59-47264e1778236fe9974aa502d4d019d3e2844e168938151291b1353c058f93bab4a512a7db3522f61ce54b212ac3a104451253d596eae155677d794a27527f9fded49bc7e0f644c826",
      "origin_ca_key = \"v1.0-26e0b302f3186304e83a8a59-47264e1778236fe9974aa502d4d019d3e2844e168938151291b1353c058f93bab4a512a7db3522f61ce54b212ac3a104451253d596eae155677d794a27527f9fded49bc7e0f644c826\"",
    ],
    negative: [
      "CF_ORIGIN_CA_KEY=v1.0-26e0b302f3186304e83a8a59-47264e1778236fe9974aa502d4d019d3e2844e168938151291b1353c058f93bab4a512",
      "version: v1.0-beta-release-notes",
    ],
  },
};
