import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Weaker passwords are accepted.
export const iamPasswordNumbers: MisconfigCheck = {
  id: 'PAL-TF-077',
  slug: 'iam-password-numbers',
  platform: 'terraform',
  title: 'IAM password policy does not require numbers',
  severity: 'low',
  description: 'Weaker passwords are accepted.',
  remediation: 'Set require_numbers = true.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy',
  ],
  kics: ['IAM Password Policy Does Not Require Numbers'],
  resourceTypes: ['aws_iam_account_password_policy'],
  evaluate: h.requireSetting(['require_numbers'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'require_numbers is false',
    missing: 'require_numbers is not set',
  }),
};
