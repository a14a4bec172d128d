import { actions, asArray, cfnCheck, IAM_POLICY_TYPES, isAllow, permissionStatements } from '../cfn.js';

// CIS AWS Foundations 1.16: IAM policies that allow full "*:*" administrative privileges are not attached.
export const iamPolicyFullAdmin = cfnCheck({
  id: 'PAL-CFN-050',
  slug: 'iam-policy-full-admin',
  title: 'IAM policy grants full administrator access',
  severity: 'high',
  description:
    'A statement that allows Action "*" on Resource "*" gives complete control of the account to whoever holds the policy; least privilege is impossible to audit afterwards.',
  remediation:
    'Grant only the actions and resources the principal needs; use AWS managed job-function policies where they fit.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 1.16',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  ],
  kics: ['IAM Policies With Full Privileges', 'IAM Policy Grants Full Permissions'],
  resourceTypes: IAM_POLICY_TYPES,
  evaluate(r) {
    return permissionStatements(r)
      .filter(({ value: s }) => isAllow(s) && actions(s).includes('*') && asArray(s.Resource).includes('*'))
      .map(({ doc }) => ({
        message: `${r.type.split('::').pop()} '${r.name}' allows Action "*" on Resource "*"`,
        at: doc,
      }));
  },
});
