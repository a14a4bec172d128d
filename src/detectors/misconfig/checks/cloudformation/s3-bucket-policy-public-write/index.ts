import { actions, cfnCheck, publicAllowStatements } from '../cfn.js';

/** Actions that let the caller change or remove data: s3:Put*, s3:Delete*, s3:*, and "*". */
function writes(a: string): boolean {
  const x = a.toLowerCase().replace(/^s3:/, '');
  return x === '*' || x.startsWith('put') || x.startsWith('delete');
}

// https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html
export const s3BucketPolicyPublicWrite = cfnCheck({
  id: 'PAL-CFN-150',
  slug: 's3-bucket-policy-public-write',
  title: 'S3 bucket policy lets anyone write or delete objects',
  severity: 'critical',
  description:
    'A bucket policy statement allowing Put or Delete actions to Principal "*" lets anyone upload malware, overwrite content or wipe the bucket.',
  remediation:
    'Grant write actions only to specific principals (roles, accounts, CloudFront OAC) and keep Block Public Access on.',
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  ],
  kics: [
    'S3 Bucket Allows Put Action From All Principals',
    'S3 Bucket Allows Delete Action From All Principals',
  ],
  resourceTypes: ['AWS::S3::BucketPolicy'],
  evaluate(r) {
    return publicAllowStatements(r, ['Properties', 'PolicyDocument'])
      .filter(({ value: s }) => actions(s).some(writes))
      .map(() => ({
        message: `bucket policy '${r.name}' allows write or delete actions to everyone`,
        at: ['Properties', 'PolicyDocument'],
      }));
  },
});
