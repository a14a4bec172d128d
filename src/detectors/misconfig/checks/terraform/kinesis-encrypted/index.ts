import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Records in an unencrypted stream are readable at rest.
export const kinesisEncrypted: MisconfigCheck = {
  id: 'PAL-TF-038',
  slug: 'kinesis-encrypted',
  platform: 'terraform',
  title: 'Kinesis stream is not encrypted',
  severity: 'medium',
  description: 'Records in an unencrypted stream are readable at rest.',
  remediation: 'Set encryption_type = "KMS" and kms_key_id.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_stream'],
  kics: ['Kinesis Not Encrypted With KMS'],
  resourceTypes: ['aws_kinesis_stream'],
  evaluate: h.requireSetting(['encryption_type'], (v) => v === 'KMS', {
    flagMissing: true,
    bad: 'encryption_type is "NONE"',
    missing: 'encryption_type is not set',
  }),
};
