import {
  actions,
  asArray,
  cfnCheck,
  get,
  isObj,
  pointsTo,
  props,
  siblingsOfType,
  statements,
} from '../cfn.js';

/**
 * AWS Foundational Security Best Practices S3.5: buckets should deny requests over plain HTTP, with a
 * bucket policy statement Deny + Condition Bool aws:SecureTransport false.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit
 */
export const s3TlsOnlyPolicy = cfnCheck({
  id: 'PAL-CFN-009',
  slug: 's3-tls-only-policy',
  title: 'S3 bucket does not require TLS',
  severity: 'medium',
  description:
    'Without a bucket policy that denies aws:SecureTransport=false, clients can read and write the bucket over unencrypted HTTP.',
  remediation:
    'Add an AWS::S3::BucketPolicy for the bucket with a Deny statement on s3:* when aws:SecureTransport is false.',
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5',
  ],
  resourceTypes: ['AWS::S3::Bucket'],
  evaluate(r) {
    const policies = siblingsOfType(r, 'AWS::S3::BucketPolicy').filter((p) => pointsTo(props(p).Bucket, r));
    const enforced = policies.some((p) =>
      statements(p, ['Properties', 'PolicyDocument']).some(({ value: s }) => {
        if (s.Effect !== 'Deny' || !actions(s).some((a) => a === '*' || a.startsWith('s3:'))) return false;
        const secure = get(s, ['Condition', 'Bool', 'aws:SecureTransport']);
        return (
          asArray(secure).some((v) => v === false || v === 'false') ||
          isObj(get(s, ['Condition', 'NumericLessThan']))
        );
      }),
    );
    return enforced ? [] : [{ message: `bucket '${r.name}' has no bucket policy denying non-TLS requests` }];
  },
});
