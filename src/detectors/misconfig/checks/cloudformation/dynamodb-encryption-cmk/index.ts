import { cfnCheck, isTrue, props } from '../cfn.js';

// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html
export const dynamodbEncryptionCmk = cfnCheck({
  id: 'PAL-CFN-034',
  slug: 'dynamodb-encryption-cmk',
  title: 'DynamoDB table uses an AWS owned key',
  severity: 'low',
  description:
    'With the default AWS owned key, key usage is not visible in CloudTrail and access cannot be restricted through a key policy.',
  remediation:
    'Set SSESpecification.SSEEnabled to true with SSEType KMS (and KMSMasterKeyId for a customer managed key).',
  references: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html'],
  kics: ['DynamoDB With Aws Owned CMK'],
  resourceTypes: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
  evaluate(r) {
    const sse = props(r).SSESpecification as Record<string, unknown> | undefined;
    if (sse === undefined) return [{ message: `table '${r.name}' has no SSESpecification (AWS owned key)` }];
    if (typeof sse !== 'object' || sse === null) return [];
    // SSEEnabled defaults to false, which means the AWS owned key even when SSEType is KMS.
    if (sse.SSEEnabled === undefined)
      return [{ message: `table '${r.name}' does not set SSESpecification.SSEEnabled (AWS owned key)` }];
    if (!isTrue(sse.SSEEnabled) && typeof sse.SSEEnabled !== 'object') {
      return [
        {
          message: `table '${r.name}' disables KMS encryption (AWS owned key)`,
          at: ['Properties', 'SSESpecification', 'SSEEnabled'],
        },
      ];
    }
    return [];
  },
});
