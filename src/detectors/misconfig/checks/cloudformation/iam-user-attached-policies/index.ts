import { cfnCheck, props } from '../cfn.js';

// CIS AWS Foundations 1.15: users receive permissions only through groups (or roles).
export const iamUserAttachedPolicies = cfnCheck({
  id: 'PAL-CFN-053',
  slug: 'iam-user-attached-policies',
  title: 'IAM user has policies attached directly',
  severity: 'low',
  description:
    'Permissions attached to individual users are hard to review and tend to be left behind; CIS requires granting them through groups or roles.',
  remediation: 'Move the policies to a group (or a role) and add the user to it.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 1.15',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
  ],
  resourceTypes: ['AWS::IAM::User'],
  evaluate(r) {
    const p = props(r);
    const out = [];
    if (Array.isArray(p.Policies) && p.Policies.length > 0)
      out.push({ message: `user '${r.name}' has inline policies`, at: ['Properties', 'Policies'] });
    if (Array.isArray(p.ManagedPolicyArns) && p.ManagedPolicyArns.length > 0)
      out.push({
        message: `user '${r.name}' has managed policies attached directly`,
        at: ['Properties', 'ManagedPolicyArns'],
      });
    return out;
  },
});
