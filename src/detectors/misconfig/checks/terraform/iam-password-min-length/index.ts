import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Short passwords are easy to brute force.
export const iamPasswordMinLength: MisconfigCheck = {
  id: 'PAL-TF-075',
  slug: 'iam-password-min-length',
  platform: 'terraform',
  title: 'IAM password policy minimum length is below 14',
  severity: 'medium',
  description: 'Short passwords are easy to brute force.',
  remediation: 'Set minimum_password_length = 14 or more.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy',
    'CIS AWS Foundations 1.8',
  ],
  kics: ['IAM Password Without Minimum Length'],
  resourceTypes: ['aws_iam_account_password_policy'],
  evaluate: h.requireSetting(['minimum_password_length'], (v) => Number(v) >= 14, {
    flagMissing: true,
    bad: 'minimum_password_length is 8',
    missing: 'minimum_password_length is not set',
  }),
};
