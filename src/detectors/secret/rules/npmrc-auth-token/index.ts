import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * .npmrc registry credentials (`_authToken`, base64 `_auth`, `_password`) in any format.
 */
export const rule: SecretRule = {
  id: "npmrc-auth-token",
  title: "npm registry credential in .npmrc",
  severity: 'high',
  keywords: ["_authtoken", "_auth", "_password"],
  regex: /(?:^|\s|:)(?:_authToken|_auth|_password)\s{0,2}=\s{0,2}["\']?([A-Za-z0-9+\/=._~-]{16,512})(?![A-Za-z0-9+\/=._~-])/,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration",
  examples: {
    positive: [
      "//npm.pkg.github.com/:_authToken=veBPY87cOdLczO3r2I1ra6sME6HwZXfCFHOz6Ml9",
      "//registry.acme.internal/:_auth=VphL7BQm+aNb342u5OdlMC8hXy/sq1sP==",
      "//nexus.acme.io/repository/npm/:_password=\"RGv+57oNIlkI2Ged8sAi3+KG\"",
    ],
    negative: [
      "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
      "//registry.npmjs.org/:_authToken=",
      "//registry.npmjs.org/:_authToken=p2mRAovt",
    ],
  },
};
