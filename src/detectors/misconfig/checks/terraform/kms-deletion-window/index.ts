import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A short deletion window leaves little time to cancel an accidental or malicious key deletion, after which data is unrecoverable.
export const kmsDeletionWindow: MisconfigCheck = {
  id: 'PAL-TF-045',
  slug: 'kms-deletion-window',
  platform: 'terraform',
  title: 'KMS key deletion window is too short',
  severity: 'low',
  description:
    'A short deletion window leaves little time to cancel an accidental or malicious key deletion, after which data is unrecoverable.',
  remediation: 'Set deletion_window_in_days = 30.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key'],
  kics: [],
  resourceTypes: ['aws_kms_key'],
  evaluate: h.requireSetting(['deletion_window_in_days'], (v) => Number(v) >= 14, {
    flagMissing: false,
    bad: 'deletion_window_in_days is 7',
  }),
};
