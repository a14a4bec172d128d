import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without retention, logs are kept forever (cost, privacy) or, worse, deleted by hand.
export const cloudwatchLogRetention: MisconfigCheck = {
  id: 'PAL-TF-040',
  slug: 'cloudwatch-log-retention',
  platform: 'terraform',
  title: 'CloudWatch log group has no retention',
  severity: 'low',
  description: 'Without retention, logs are kept forever (cost, privacy) or, worse, deleted by hand.',
  remediation: 'Set retention_in_days to your retention policy.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group',
  ],
  kics: ['Log Retention Is Not Set'],
  resourceTypes: ['aws_cloudwatch_log_group'],
  evaluate: h.requireSetting(['retention_in_days'], (v) => Number(v) > 0, {
    flagMissing: true,
    bad: 'retention_in_days is 0',
    missing: 'retention_in_days is not set',
  }),
};
