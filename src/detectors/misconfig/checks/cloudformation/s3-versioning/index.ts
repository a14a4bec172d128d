import { cfnCheck, deepest, props } from '../cfn.js';

// https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html
export const s3Versioning = cfnCheck({
  id: 'PAL-CFN-006',
  slug: 's3-versioning',
  title: 'S3 bucket versioning is not enabled',
  severity: 'medium',
  description:
    'Without versioning, an overwritten or deleted object (by mistake or by ransomware) cannot be recovered.',
  remediation: 'Set VersioningConfiguration.Status to Enabled.',
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html'],
  kics: ['S3 Bucket Without Versioning'],
  resourceTypes: ['AWS::S3::Bucket'],
  evaluate(r) {
    const status = (props(r).VersioningConfiguration as { Status?: unknown } | undefined)?.Status;
    if (status === 'Enabled') return [];
    if (status !== undefined && typeof status !== 'string') return [];
    return [
      {
        message: `bucket '${r.name}' does not enable versioning`,
        at: deepest(r, ['Properties', 'VersioningConfiguration', 'Status']),
      },
    ];
  },
});
