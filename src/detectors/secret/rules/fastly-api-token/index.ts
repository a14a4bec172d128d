import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Fastly API tokens are 32 URL-safe characters; reported after a Fastly name.
 */
export const rule: SecretRule = {
  id: "fastly-api-token",
  title: "Fastly API token",
  severity: 'high',
  keywords: ["fastly"],
  regex: /fastly[\w.-]{0,30}?["\']?\s{0,3}(?:=|:=|:|=>|\s)\s{0,3}["\']?([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/i,
  entropy: 3.8,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.fastly.com/en/guides/using-api-tokens",
  examples: {
    positive: [
      "FASTLY_API_TOKEN=EsHnmhuc4RfHd5VdVNr8iFT7ogDT2gnV",
      "fastly_api_key = \"Tto8MEaXP3IlVw5st--Zl5lqryMMyCTw\"",
    ],
    negative: [
      "FASTLY_API_TOKEN=Jz4H2fmMqxSNkqEjABSx",
      "FASTLY_API_TOKEN=${FASTLY_API_TOKEN}",
      "fastly_service_version = \"11111111111111111111111111111111\"",
    ],
  },
};
