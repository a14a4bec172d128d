import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * JFrog reference tokens are base64 of `reftkn:…` and so start with `cmVmdGtu`.
 */
export const rule: SecretRule = {
  id: "artifactory-reference-token",
  title: "JFrog reference token",
  severity: 'high',
  keywords: ["cmvmdgtu"],
  regex: /(?<![A-Za-z0-9_-])(cmVmdGtu[A-Za-z0-9]{56})(?![A-Za-z0-9_-])/,
  entropy: 4,
  allowlist: [...PLACEHOLDERS],
  docs: "https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens",
  examples: {
    positive: [
      "JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjE3CYfXvbnu5Q7WaNggPLrdK2rsMStxL7Tc6b6kz3RtpStijkhZ",
      "  token: cmVmdGtuOjAxOjE3jXYNU5VDY9SvLr8STWNlzrXRvlK8VXHWVExTaix8zETnWOGk",
    ],
    negative: [
      "JFROG_ACCESS_TOKEN=cmVmdGtubsxyFBwdumHeCL4aZe4U",
      "lowEntropy := cmVmdXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    ],
  },
};
