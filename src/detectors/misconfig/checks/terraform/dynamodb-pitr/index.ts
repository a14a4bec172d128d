import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without PITR a bad write or deletion cannot be rolled back.
export const dynamodbPitr: MisconfigCheck = {
  id: 'PAL-TF-033',
  slug: 'dynamodb-pitr',
  platform: 'terraform',
  title: 'DynamoDB point-in-time recovery is disabled',
  severity: 'medium',
  description: 'Without PITR a bad write or deletion cannot be rolled back.',
  remediation: 'Add point_in_time_recovery { enabled = true }.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table'],
  kics: ['DynamoDB Table Point In Time Recovery Disabled'],
  resourceTypes: ['aws_dynamodb_table'],
  evaluate: h.requireSetting(['point_in_time_recovery', 0, 'enabled'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'point_in_time_recovery.enabled is false',
    missing: 'point_in_time_recovery.enabled is not set',
  }),
};
