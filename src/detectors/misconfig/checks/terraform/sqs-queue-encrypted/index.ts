import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Messages at rest in the queue are unencrypted when SSE is switched off.
export const sqsQueueEncrypted: MisconfigCheck = {
  id: 'PAL-TF-031',
  slug: 'sqs-queue-encrypted',
  platform: 'terraform',
  title: 'SQS queue is not encrypted',
  severity: 'medium',
  description: 'Messages at rest in the queue are unencrypted when SSE is switched off.',
  remediation: 'Set sqs_managed_sse_enabled = true or kms_master_key_id.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue'],
  kics: [],
  resourceTypes: ['aws_sqs_queue'],
  evaluate: h.requireSetting(['sqs_managed_sse_enabled'], (v) => h.isTrue(v), {
    flagMissing: false,
    bad: 'sqs_managed_sse_enabled is false',
  }),
};
