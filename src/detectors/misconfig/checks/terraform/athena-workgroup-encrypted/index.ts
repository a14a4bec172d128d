import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Query results written to S3 are unencrypted.
export const athenaWorkgroupEncrypted: MisconfigCheck = {
  id: 'PAL-TF-071',
  slug: 'athena-workgroup-encrypted',
  platform: 'terraform',
  title: 'Athena workgroup results are not encrypted',
  severity: 'medium',
  description: 'Query results written to S3 are unencrypted.',
  remediation: 'Add encryption_configuration { encryption_option = "SSE_KMS" }.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/athena_workgroup',
  ],
  kics: ['Athena Workgroup Not Encrypted'],
  resourceTypes: ['aws_athena_workgroup'],
  evaluate: h.requireSetting(
    ['configuration', 0, 'result_configuration', 0, 'encryption_configuration', 0, 'encryption_option'],
    (v) => typeof v === 'string' && v !== '',
    {
      flagMissing: true,
      bad: 'configuration.result_configuration.encryption_configuration.encryption_option is ""',
      missing: 'configuration.result_configuration.encryption_configuration.encryption_option is not set',
    },
  ),
};
