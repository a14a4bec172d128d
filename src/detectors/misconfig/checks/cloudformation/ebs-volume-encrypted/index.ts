import { cfnCheck, checkSetting, mustBeTrue, props } from '../cfn.js';

// https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
export const ebsVolumeEncrypted = cfnCheck({
  id: 'PAL-CFN-033',
  slug: 'ebs-volume-encrypted',
  title: 'EBS volume is not encrypted',
  severity: 'high',
  description:
    'An unencrypted EBS volume and its snapshots expose data to anyone who gets access to a snapshot or the underlying storage.',
  remediation:
    'Set Encrypted to true (with KmsKeyId for a customer managed key), or enable EBS encryption by default for the account.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 2.2.1',
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
  ],
  resourceTypes: ['AWS::EC2::Volume'],
  evaluate(r) {
    // A volume restored from a snapshot inherits the snapshot's encryption.
    if (props(r).SnapshotId !== undefined) return [];
    return checkSetting(r, {
      path: ['Properties', 'Encrypted'],
      ok: mustBeTrue,
      problem: 'is not encrypted',
    });
  },
});
