import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Users should get permissions through groups or roles; a user with AdministratorAccess is a standing full-admin credential.
export const iamAdminPolicyOnUser: MisconfigCheck = {
  id: 'PAL-TF-081',
  slug: 'iam-admin-policy-on-user',
  platform: 'terraform',
  title: 'AdministratorAccess attached directly to an IAM user',
  severity: 'high',
  description:
    'Users should get permissions through groups or roles; a user with AdministratorAccess is a standing full-admin credential.',
  remediation: 'Attach least-privilege policies to groups or roles instead.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_user_policy_attachment',
    'CIS AWS Foundations 1.15',
  ],
  kics: [],
  resourceTypes: ['aws_iam_user_policy_attachment', 'aws_iam_policy_attachment'],
  evaluate: h.requireSetting(['policy_arn'], (v) => !/:policy\/AdministratorAccess$/.test(String(v)), {
    flagMissing: false,
    bad: 'attaches AdministratorAccess',
  }),
};
