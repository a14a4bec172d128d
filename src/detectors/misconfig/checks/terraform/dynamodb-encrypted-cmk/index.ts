import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without server_side_encryption enabled the table uses an AWS owned key you cannot audit or revoke.
export const dynamodbEncryptedCmk: MisconfigCheck = {
  id: 'PAL-TF-032',
  slug: 'dynamodb-encrypted-cmk',
  platform: 'terraform',
  title: 'DynamoDB table is not encrypted with a customer managed key',
  severity: 'medium',
  description:
    'Without server_side_encryption enabled the table uses an AWS owned key you cannot audit or revoke.',
  remediation: 'Add server_side_encryption { enabled = true, kms_key_arn = \u2026 }.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table'],
  kics: ['DynamoDB Table Not Encrypted'],
  resourceTypes: ['aws_dynamodb_table'],
  evaluate: h.requireSetting(['server_side_encryption', 0, 'enabled'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'server_side_encryption.enabled is false',
    missing: 'server_side_encryption.enabled is not set',
  }),
};
