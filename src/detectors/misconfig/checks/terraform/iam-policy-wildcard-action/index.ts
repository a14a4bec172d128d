import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Wildcard actions grant every present and future API of a service, far beyond what a workload needs.
export const iamPolicyWildcardAction: MisconfigCheck = {
  id: 'PAL-TF-080',
  slug: 'iam-policy-wildcard-action',
  platform: 'terraform',
  title: 'IAM policy allows a service-wide wildcard action',
  severity: 'high',
  description:
    'Wildcard actions grant every present and future API of a service, far beyond what a workload needs.',
  remediation: 'List the specific actions.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_policy'],
  kics: [],
  resourceTypes: ['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy'],
  evaluate: (r) =>
    h
      .allowStatements(h.get(r.value, ['policy']))
      .some((s) => h.strings(s['Action']).some((a) => a === '*' || /^[a-z0-9-]+:\*$/i.test(a)))
      ? [{ message: `${r.name}: allows wildcard actions`, at: ['policy'] }]
      : [],
};
