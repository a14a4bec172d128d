import { cfnCheck, checkSetting, mustBeTrue, props } from '../cfn.js';

// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection
export const rdsDeletionProtection = cfnCheck({
  id: 'PAL-CFN-023',
  slug: 'rds-deletion-protection',
  title: 'RDS deletion protection is not enabled',
  severity: 'medium',
  description:
    'Without DeletionProtection, a stack update, a mistaken delete or an attacker with API access can destroy the database in one call.',
  remediation: 'Set DeletionProtection to true.',
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection',
  ],
  kics: ['RDS DB Instance With Deletion Protection Disabled'],
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  evaluate(r) {
    if (r.type === 'AWS::RDS::DBInstance' && props(r).DBClusterIdentifier !== undefined) return [];
    return checkSetting(r, {
      path: ['Properties', 'DeletionProtection'],
      ok: mustBeTrue,
      problem: 'has no deletion protection',
    });
  },
});
