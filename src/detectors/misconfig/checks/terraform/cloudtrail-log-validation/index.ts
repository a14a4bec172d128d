import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without validation, tampering with or deleting log files goes unnoticed.
export const cloudtrailLogValidation: MisconfigCheck = {
  id: 'PAL-TF-042',
  slug: 'cloudtrail-log-validation',
  platform: 'terraform',
  title: 'CloudTrail log file validation is disabled',
  severity: 'medium',
  description: 'Without validation, tampering with or deleting log files goes unnoticed.',
  remediation: 'Set enable_log_file_validation = true.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail',
    'CIS AWS Foundations 3.2',
  ],
  kics: ['CloudTrail Log File Validation Disabled'],
  resourceTypes: ['aws_cloudtrail'],
  evaluate: h.requireSetting(['enable_log_file_validation'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'enable_log_file_validation is false',
    missing: 'enable_log_file_validation is not set',
  }),
};
