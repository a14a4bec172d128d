import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A policy with Action "*" on Resource "*" grants full administrator rights; a leak of any identity holding it is a full account compromise.
export const iamPolicyFullAdmin: MisconfigCheck = {
  id: 'PAL-TF-079',
  slug: 'iam-policy-full-admin',
  platform: 'terraform',
  title: 'IAM policy allows all actions on all resources',
  severity: 'critical',
  description:
    'A policy with Action "*" on Resource "*" grants full administrator rights; a leak of any identity holding it is a full account compromise.',
  remediation: 'Grant only the actions and resources the identity needs.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_policy',
    'CIS AWS Foundations 1.16',
  ],
  kics: ['IAM Policies With Full Privileges', 'IAM Policy Grants Full Permissions'],
  resourceTypes: ['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy'],
  evaluate: (r) =>
    h
      .allowStatements(h.get(r.value, ['policy']))
      .some((s) => h.strings(s['Action']).includes('*') && h.strings(s['Resource']).includes('*'))
      ? [{ message: `${r.name}: grants "*" on "*" (full administrator)`, at: ['policy'] }]
      : [],
};
