import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Passwords that never expire stay valid long after a leak.
export const iamPasswordMaxAge: MisconfigCheck = {
  id: 'PAL-TF-129',
  slug: 'iam-password-max-age',
  platform: 'terraform',
  title: 'IAM password policy lets passwords live over 90 days',
  severity: 'low',
  description: 'Passwords that never expire stay valid long after a leak.',
  remediation: 'Set max_password_age = 90 or less.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy',
  ],
  kics: ['Misconfigured Password Policy Expiration'],
  resourceTypes: ['aws_iam_account_password_policy'],
  evaluate: h.requireSetting(['max_password_age'], (v) => Number(v) > 0 && Number(v) <= 90, {
    flagMissing: true,
    bad: 'max_password_age is 180',
    missing: 'max_password_age is not set',
  }),
};
