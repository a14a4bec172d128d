import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Keys that are rarely rotated protect more data per key version.
export const gcpKmsRotation: MisconfigCheck = {
  id: 'PAL-TF-116',
  slug: 'gcp-kms-rotation',
  platform: 'terraform',
  title: 'GCP KMS key rotation period is missing or over 90 days',
  severity: 'medium',
  description: 'Keys that are rarely rotated protect more data per key version.',
  remediation: 'Set rotation_period = "7776000s" (90 days) or less.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/kms_crypto_key',
    'CIS Google Cloud Platform Foundation 1.10',
  ],
  kics: ['High Google KMS Crypto Key Rotation Period'],
  resourceTypes: ['google_kms_crypto_key'],
  evaluate: h.requireSetting(
    ['rotation_period'],
    (v) => typeof v === 'string' && Number.parseFloat(v) <= 7776000,
    { flagMissing: true, bad: 'rotation_period is "31536000s"', missing: 'rotation_period is not set' },
  ),
};
