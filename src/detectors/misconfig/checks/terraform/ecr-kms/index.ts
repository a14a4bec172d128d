import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Images are encrypted with an AWS managed key you cannot restrict or audit.
export const ecrKms: MisconfigCheck = {
  id: 'PAL-TF-126',
  slug: 'ecr-kms',
  platform: 'terraform',
  title: 'ECR repository is not encrypted with a KMS key',
  severity: 'low',
  description: 'Images are encrypted with an AWS managed key you cannot restrict or audit.',
  remediation: 'Add encryption_configuration { encryption_type = "KMS", kms_key = \u2026 }.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository'],
  kics: ['ECR Repository Not Encrypted With CMK'],
  resourceTypes: ['aws_ecr_repository'],
  evaluate: h.requireSetting(['encryption_configuration', 0, 'encryption_type'], (v) => v === 'KMS', {
    flagMissing: true,
    bad: 'encryption_configuration.encryption_type is "AES256"',
    missing: 'encryption_configuration.encryption_type is not set',
  }),
};
