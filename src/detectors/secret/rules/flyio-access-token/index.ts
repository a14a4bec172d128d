import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Fly.io tokens: `fo1_` org/user tokens and `fm1`/`fm2` macaroons (after `FlyV1 `).
 */
export const rule: SecretRule = {
  id: "flyio-access-token",
  title: "Fly.io access token",
  severity: 'high',
  keywords: ["fo1_", "fm1", "fm2"],
  regex: /(?<![A-Za-z0-9_-])(fo1_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])|fm[12][ar]?_[A-Za-z0-9+\/=_-]{100,3000})/,
  entropy: 4,
  allowlist: [...PLACEHOLDERS],
  docs: "https://fly.io/docs/security/tokens/",
  examples: {
    positive: [
      "FLY_API_TOKEN=fo1_gyUF7ZCQZ_bqMZyU4RRpGBLwuqRyiAMpYKv7_smTEoE",
      "FLY_API_TOKEN=\"FlyV1 fm2_lJPE7AjLKiOAx8+x5P803LpwB4HzEOUTr59z2DpJVobKhAlwE5NfMb/Lt2DR8uwVgAi1ga1GqGczYdOFwHqWAKxkyCKvXI/8TxZQ3PFIF9SQm0hC94Ulgq3XC3gPRi6Eow4LHOdvQmrOuJj45hLPvXRTQTdc5Oq+R/GGgtpXA86NCRrbFnmLPtkh\"",
      "  token: FlyV1 fm1r_rRTkGemv6LobMA6lF1jLpNcu3hrL+4mByL6vWKG8j/04uTORJspFlBNwMRGu5jTU6pqcTh346I4qJubLtbURDArJ8hKVFW2XmZcgKz8kehjLg9yXtntwTTQjQWm0/KvTxRwOwv0G0dEZ",
    ],
    negative: [
      "FLY_API_TOKEN=fo1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "name=\"authenticity_token\" value=\"7SWa-Fo1_flU_JdLTmyxeem-xmPNfnlSRF7Qx0Hgf8vXnr6S2FP5\"",
      "FLY_API_TOKEN=fo1_UINPf97sr3ZAXqurfCkv",
    ],
  },
};
