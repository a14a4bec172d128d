import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Users can cycle back to a leaked password.
export const iamPasswordReuse: MisconfigCheck = {
  id: 'PAL-TF-076',
  slug: 'iam-password-reuse',
  platform: 'terraform',
  title: 'IAM password policy allows password reuse',
  severity: 'medium',
  description: 'Users can cycle back to a leaked password.',
  remediation: 'Set password_reuse_prevention = 24.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy',
    'CIS AWS Foundations 1.9',
  ],
  kics: ['Password Without Reuse Prevention'],
  resourceTypes: ['aws_iam_account_password_policy'],
  evaluate: h.requireSetting(['password_reuse_prevention'], (v) => Number(v) >= 24, {
    flagMissing: true,
    bad: 'password_reuse_prevention is 0',
    missing: 'password_reuse_prevention is not set',
  }),
};
