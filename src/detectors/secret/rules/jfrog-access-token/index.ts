import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * JFrog access tokens are JWTs and identity tokens are 64 alphanumerics; reported after a JFrog/Artifactory credential name.
 */
export const rule: SecretRule = {
  id: "jfrog-access-token",
  title: "JFrog access or identity token",
  severity: 'high',
  keywords: ["jfrog", "artifactory"],
  regex: /(?:jfrog|artifactory)[\w.-]{0,30}?(?:token|password|apikey|api_key)[\w.-]{0,10}?["\']?\s{0,3}(?:=|:=|:|=>|\s)\s{0,3}["\']?(eyJ[A-Za-z0-9_-]{40,2000}\.[A-Za-z0-9_.-]{20,4000}|[A-Za-z0-9]{64,73})(?![A-Za-z0-9_.-])/i,
  entropy: 4,
  allowlist: [...PLACEHOLDERS],
  docs: "https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens",
  examples: {
    positive: [
      "JFROG_ACCESS_TOKEN=eyJ2ZXIiOiIyIiwidHlwIjoiSldUIiwiYWxnIjoiUlMyNTYifQ.PZpQUKEqHFJzhi5anRMraaXPF8HIRN9hqwwH6wXM0So5cJUlgHaH-KDyFxJP4GRBUVRUayF8BzYuwVXD.aaVIcpFfbAq57HRnjqoMVR1ON-ama8eGUrXyypVl",
      "artifactory_password: ERmz5lbU9cfENYX8Hks305fLUc60GqQWGjIcuDJkVTLFtdpLCsCdH27nDWCqEy1q",
    ],
    negative: [
      "JFROG_ACCESS_TOKEN=${JFROG_ACCESS_TOKEN}",
      "artifactory_password: 0cHDxoFxIwM8Pyi11xvL",
    ],
  },
};
