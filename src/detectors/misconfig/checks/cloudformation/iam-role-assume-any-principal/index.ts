import { cfnCheck, isAllow, isPublicPrincipal, statements } from '../cfn.js';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-trust-policy
export const iamRoleAssumeAnyPrincipal = cfnCheck({
  id: 'PAL-CFN-052',
  slug: 'iam-role-assume-any-principal',
  title: 'IAM role can be assumed by any principal',
  severity: 'critical',
  description:
    'A trust policy allowing Principal "*" lets any AWS account (or anonymous web identity) assume the role and use its permissions.',
  remediation:
    'Name the exact accounts, roles or services allowed to assume the role, and add conditions such as sts:ExternalId.',
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-trust-policy',
  ],
  resourceTypes: ['AWS::IAM::Role'],
  evaluate(r) {
    return statements(r, ['Properties', 'AssumeRolePolicyDocument'])
      .filter(({ value: s }) => isAllow(s) && isPublicPrincipal(s.Principal) && s.Condition === undefined)
      .map(() => ({
        message: `role '${r.name}' trusts every principal ("*")`,
        at: ['Properties', 'AssumeRolePolicyDocument'],
      }));
  },
});
