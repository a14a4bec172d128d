import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Weaker passwords are accepted.
export const iamPasswordSymbols: MisconfigCheck = {
  id: 'PAL-TF-078',
  slug: 'iam-password-symbols',
  platform: 'terraform',
  title: 'IAM password policy does not require symbols',
  severity: 'low',
  description: 'Weaker passwords are accepted.',
  remediation: 'Set require_symbols = true.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy',
  ],
  kics: [],
  resourceTypes: ['aws_iam_account_password_policy'],
  evaluate: h.requireSetting(['require_symbols'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'require_symbols is false',
    missing: 'require_symbols is not set',
  }),
};
