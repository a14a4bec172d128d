import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without access logs, viewer requests cannot be investigated.
export const cloudfrontLogging: MisconfigCheck = {
  id: 'PAL-TF-131',
  slug: 'cloudfront-logging',
  platform: 'terraform',
  title: 'CloudFront access logging is disabled',
  severity: 'low',
  description: 'Without access logs, viewer requests cannot be investigated.',
  remediation: 'Add logging_config { bucket = \u2026 }.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution',
  ],
  kics: ['CloudFront Logging Disabled'],
  resourceTypes: ['aws_cloudfront_distribution'],
  evaluate: h.requireSetting(['logging_config', 0, 'bucket'], (v) => typeof v === 'string' && v !== '', {
    flagMissing: true,
    bad: 'logging_config.bucket is ""',
    missing: 'logging_config.bucket is not set',
  }),
};
