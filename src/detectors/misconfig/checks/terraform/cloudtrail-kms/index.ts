import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// SSE-KMS adds a key policy layer so only intended readers can decrypt trail logs.
export const cloudtrailKms: MisconfigCheck = {
  id: 'PAL-TF-043',
  slug: 'cloudtrail-kms',
  platform: 'terraform',
  title: 'CloudTrail logs are not encrypted with KMS',
  severity: 'medium',
  description: 'SSE-KMS adds a key policy layer so only intended readers can decrypt trail logs.',
  remediation: 'Set kms_key_id to a customer managed key.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail',
    'CIS AWS Foundations 3.5',
  ],
  kics: ['CloudTrail Log Files Not Encrypted With KMS'],
  resourceTypes: ['aws_cloudtrail'],
  evaluate: h.requireSetting(['kms_key_id'], (v) => typeof v === 'string' && v !== '', {
    flagMissing: true,
    bad: 'kms_key_id is ""',
    missing: 'kms_key_id is not set',
  }),
};
