import type { SecretRule } from '../../rule.js';

/**
 * Docker `config.json` keeps `user:password` base64-encoded in `"auth"` unless a credential helper is used.
 * Only values that decode to a printable `user:password` pair are reported.
 */
export const rule: SecretRule = {
  id: "docker-config-auth",
  title: "Registry credential in Docker config.json",
  severity: 'high',
  keywords: ["\"auth\""],
  regex: /"auth"\s{0,3}:\s{0,3}"([A-Za-z0-9+\/]{8,1024}={0,2})"/,
  docs: "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
  validate: (secret) => { const s = Buffer.from(secret, 'base64').toString('utf8'); const i = s.indexOf(':'); return i > 0 && s.length - i > 4 && !/[^\x20-\x7e]/.test(s); },
  examples: {
    positive: [
      "{\"auths\":{\"https://index.docker.io/v1/\":{\"auth\":\"Y2ktYm90OnpyZjNWQWw3MUx0ZDJZbUtJTEty\"}}}",
      "      \"auth\": \"X2pzb25fa2V5Om9tNXBrYlZFTlpETk5pSHEzeVp5TVdqd3NSUVBZdg==\"",
    ],
    negative: [
      "      \"auth\": \"\"",
      "      \"auth\": \"bm9ib2R5\"",
      "      \"auth\": \"dXNlcjo=\"",
    ],
  },
};
