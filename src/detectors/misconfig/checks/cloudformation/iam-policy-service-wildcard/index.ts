import { actions, cfnCheck, IAM_POLICY_TYPES, isAllow, permissionStatements } from '../cfn.js';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
export const iamPolicyServiceWildcard = cfnCheck({
  id: 'PAL-CFN-051',
  slug: 'iam-policy-service-wildcard',
  title: 'IAM policy allows every action of a service',
  severity: 'medium',
  description:
    'Actions like "iam:*" or "s3:*" include destructive and privilege-escalating operations the principal rarely needs.',
  remediation: 'List the specific actions required instead of the service wildcard.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
  resourceTypes: IAM_POLICY_TYPES,
  evaluate(r) {
    return permissionStatements(r).flatMap(({ value: s, at }) =>
      isAllow(s)
        ? actions(s)
            .filter((a) => /^[a-z0-9-]+:\*$/i.test(a))
            .map((a) => ({ message: `${r.type.split('::').pop()} '${r.name}' allows "${a}"`, at }))
        : [],
    );
  },
});
