import { cfnCheck, deepest, isFalse, isObj, props } from '../cfn.js';

// https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
export const s3BlockPublicAcls = cfnCheck({
  id: 'PAL-CFN-001',
  slug: 's3-block-public-acls',
  title: 'S3 bucket does not block public ACLs',
  severity: 'high',
  description:
    'Without BlockPublicAcls and IgnorePublicAcls, anyone with write access can make objects public through an ACL, the most common cause of S3 data leaks.',
  remediation:
    'Set PublicAccessBlockConfiguration.BlockPublicAcls and IgnorePublicAcls to true on the bucket.',
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    'CIS AWS Foundations Benchmark v3.0.0 2.1.4',
  ],
  kics: ['S3 Bucket Allows Public ACL'],
  resourceTypes: ['AWS::S3::Bucket'],
  evaluate(r) {
    const pab = props(r).PublicAccessBlockConfiguration;
    if (!isObj(pab))
      return [
        {
          message: `bucket '${r.name}' has no PublicAccessBlockConfiguration blocking public ACLs`,
          at: deepest(r, ['Properties', 'PublicAccessBlockConfiguration']),
        },
      ];
    for (const key of ['BlockPublicAcls', 'IgnorePublicAcls']) {
      if (pab[key] === undefined)
        return [
          {
            message: `bucket '${r.name}' does not set ${key}`,
            at: ['Properties', 'PublicAccessBlockConfiguration'],
          },
        ];
      if (isFalse(pab[key]))
        return [
          {
            message: `bucket '${r.name}' sets ${key} to false`,
            at: ['Properties', 'PublicAccessBlockConfiguration', key],
          },
        ];
    }
    return [];
  },
});
