import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Doppler tokens name their type: `dp.pt.` personal, `dp.st.` service, `dp.ct.` CLI, `dp.sa.` service account, `dp.scim.`, `dp.audit.`.
 */
export const rule: SecretRule = {
  id: "doppler-token",
  title: "Doppler token",
  severity: 'high',
  keywords: ["dp.pt.", "dp.st.", "dp.ct.", "dp.sa.", "dp.scim.", "dp.audit."],
  regex: /(?<![A-Za-z0-9_-])(dp\.(?:pt|st|ct|sa|scim|audit)\.(?:[a-z0-9_-]{1,40}\.)?[A-Za-z0-9]{40,44})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.doppler.com/reference/api#authentication",
  examples: {
    positive: [
      "DOPPLER_TOKEN=dp.pt.VFsHdAfwjKqcOPnkekSODmhNvO1gPg3wTRMyrwWYZjN",
      "DOPPLER_TOKEN=dp.st.prd.GyJCvvnBEZa4ilk2PV9ehABdGHMetJonYI2lOplsZPm",
      "DOPPLER_TOKEN=dp.ct.xIzi1zsvRkeLrcsIcG8BhT70QlBXRppLX4nQRYRaL0i",
      "DOPPLER_TOKEN=dp.sa.xaIFng3i6GhSEY9ReJrrZTNxMJFTadKDKZTRnWpUMbA",
      "DOPPLER_TOKEN=dp.scim.rJlMlgii8JJkUH7UNbYgV7RwRNBvzjuvXdqpjxSsrUq",
      "DOPPLER_TOKEN=dp.audit.yZRURpyKHJjfv1V7HQNXnriyAtLfmixH3IkFe6D6d6O",
    ],
    negative: [
      "DOPPLER_TOKEN=dp.pt.B3HKkllIwydGfOgc4WxZ",
      "DOPPLER_TOKEN=dp.pt.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    ],
  },
};
