import { cfnCheck, checkSetting, mustBeTrue } from '../cfn.js';

// https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html (only at creation time)
export const efsEncrypted = cfnCheck({
  id: 'PAL-CFN-030',
  slug: 'efs-encrypted',
  title: 'EFS file system is not encrypted at rest',
  severity: 'high',
  description:
    'EFS encryption at rest can only be chosen when the file system is created; an unencrypted file system must be copied to fix it.',
  remediation: 'Set Encrypted to true (and KmsKeyId for a customer managed key).',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 2.4.1',
    'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
  ],
  kics: ['EFS Not Encrypted'],
  resourceTypes: ['AWS::EFS::FileSystem'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'Encrypted'],
      ok: mustBeTrue,
      problem: 'is not encrypted at rest',
    }),
});
