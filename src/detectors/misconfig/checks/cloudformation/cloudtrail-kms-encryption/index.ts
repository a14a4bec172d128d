import { cfnCheck, checkSetting, nonEmpty } from '../cfn.js';

// CIS AWS Foundations 3.5 (v3: 3.5): CloudTrail logs are encrypted at rest using KMS CMKs.
export const cloudtrailKmsEncryption = cfnCheck({
  id: 'PAL-CFN-062',
  slug: 'cloudtrail-kms-encryption',
  title: 'CloudTrail logs are not encrypted with a KMS key',
  severity: 'medium',
  description:
    'With SSE-KMS, reading the audit logs also requires kms:Decrypt on the key, an extra control over who can see account activity.',
  remediation: 'Set KMSKeyId to a customer managed key whose policy allows CloudTrail to encrypt.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 3.5',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
  ],
  kics: ['CloudTrail Log Files Not Encrypted With KMS'],
  resourceTypes: ['AWS::CloudTrail::Trail'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'KMSKeyId'],
      ok: nonEmpty,
      problem: 'does not encrypt logs with KMS',
    }),
});
