import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Logs often hold secrets and personal data; a customer managed key lets you control who can read them.
export const cloudwatchLogGroupKms: MisconfigCheck = {
  id: 'PAL-TF-039',
  slug: 'cloudwatch-log-group-kms',
  platform: 'terraform',
  title: 'CloudWatch log group is not encrypted with KMS',
  severity: 'low',
  description:
    'Logs often hold secrets and personal data; a customer managed key lets you control who can read them.',
  remediation: 'Set kms_key_id.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group',
  ],
  kics: ['CloudWatch Log Group Without KMS'],
  resourceTypes: ['aws_cloudwatch_log_group'],
  evaluate: h.requireSetting(['kms_key_id'], (v) => typeof v === 'string' && v !== '', {
    flagMissing: true,
    bad: 'kms_key_id is ""',
    missing: 'kms_key_id is not set',
  }),
};
