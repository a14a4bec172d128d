import { cfnCheck, props } from '../cfn.js';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html
export const iamGroupInlinePolicies = cfnCheck({
  id: 'PAL-CFN-055',
  slug: 'iam-group-inline-policies',
  title: 'IAM group has inline policies',
  severity: 'low',
  description:
    'Inline policies cannot be reused, versioned or reviewed centrally; managed policies make permissions auditable.',
  remediation: 'Replace Policies with customer managed policies referenced in ManagedPolicyArns.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html'],
  kics: ['IAM Group Inline Policies'],
  resourceTypes: ['AWS::IAM::Group'],
  evaluate(r) {
    const pols = props(r).Policies;
    return Array.isArray(pols) && pols.length > 0
      ? [{ message: `group '${r.name}' has inline policies`, at: ['Properties', 'Policies'] }]
      : [];
  },
});
