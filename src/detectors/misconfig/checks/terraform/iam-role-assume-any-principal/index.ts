import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A trust policy with Principal "*" lets any AWS account assume the role.
export const iamRoleAssumeAnyPrincipal: MisconfigCheck = {
  id: 'PAL-TF-082',
  slug: 'iam-role-assume-any-principal',
  platform: 'terraform',
  title: 'IAM role can be assumed by any principal',
  severity: 'critical',
  description: 'A trust policy with Principal "*" lets any AWS account assume the role.',
  remediation: 'Name the trusted accounts, roles or services, and add conditions such as sts:ExternalId.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role'],
  kics: ['IAM Role Allows All Principals To Assume'],
  resourceTypes: ['aws_iam_role'],
  evaluate: (r) =>
    h
      .allowStatements(h.get(r.value, ['assume_role_policy']))
      .some((s) => h.principalIsWildcard(s['Principal']) && !h.hasCondition(s))
      ? [
          {
            message: `${r.name}: trust policy allows any principal to assume the role`,
            at: ['assume_role_policy'],
          },
        ]
      : [],
};
