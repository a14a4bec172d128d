import { cfnCheck, props } from '../cfn.js';

// CIS AWS Foundations 1.15: users receive permissions only through groups (or roles).
export const iamPolicyAttachedToUser = cfnCheck({
  id: 'PAL-CFN-054',
  slug: 'iam-policy-attached-to-user',
  title: 'IAM policy is attached to users',
  severity: 'low',
  description:
    'A policy attached to users instead of groups or roles scatters permissions across identities and is easy to miss in reviews.',
  remediation: 'Attach the policy to a group (Groups) or role (Roles) and manage membership there.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 1.15',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
  ],
  kics: ['IAM Policy On User', 'IAM Managed Policy Applied to a User'],
  resourceTypes: ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'],
  evaluate(r) {
    const users = props(r).Users;
    return Array.isArray(users) && users.length > 0
      ? [{ message: `policy '${r.name}' is attached to users`, at: ['Properties', 'Users'] }]
      : [];
  },
});
