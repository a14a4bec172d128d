import { cfnCheck, checkSetting, mustBeTrue } from '../cfn.js';

// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html
export const dynamodbPointInTimeRecovery = cfnCheck({
  id: 'PAL-CFN-035',
  slug: 'dynamodb-point-in-time-recovery',
  title: 'DynamoDB point-in-time recovery is disabled',
  severity: 'medium',
  description:
    'Without point-in-time recovery, accidental writes or deletes (or ransomware) cannot be rolled back to a moment within the last 35 days.',
  remediation: 'Set PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled to true.',
  references: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html'],
  kics: ['DynamoDB Table Point In Time Recovery Disabled'],
  resourceTypes: ['AWS::DynamoDB::Table'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'],
      ok: mustBeTrue,
      problem: 'has point-in-time recovery disabled',
    }),
});
