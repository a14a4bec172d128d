import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Messages stored in an SNS topic are unencrypted without a KMS key.
export const snsTopicEncrypted: MisconfigCheck = {
  id: 'PAL-TF-030',
  slug: 'sns-topic-encrypted',
  platform: 'terraform',
  title: 'SNS topic is not encrypted with KMS',
  severity: 'medium',
  description: 'Messages stored in an SNS topic are unencrypted without a KMS key.',
  remediation: 'Set kms_master_key_id to a KMS key.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic'],
  kics: ['SNS Topic Not Encrypted'],
  resourceTypes: ['aws_sns_topic'],
  evaluate: h.requireSetting(['kms_master_key_id'], (v) => typeof v === 'string' && v !== '', {
    flagMissing: true,
    bad: 'kms_master_key_id is ""',
    missing: 'kms_master_key_id is not set',
  }),
};
