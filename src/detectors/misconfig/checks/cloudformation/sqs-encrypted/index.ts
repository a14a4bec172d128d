import { cfnCheck, props } from '../cfn.js';

// https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html
export const sqsEncrypted = cfnCheck({
  id: 'PAL-CFN-031',
  slug: 'sqs-encrypted',
  title: 'SQS queue is not encrypted at rest',
  severity: 'medium',
  description:
    'Messages often carry personal data or tokens; without server-side encryption they are stored in plaintext.',
  remediation: 'Set KmsMasterKeyId (customer managed or alias/aws/sqs) or SqsManagedSseEnabled: true.',
  references: [
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html',
  ],
  kics: ['SQS With SSE Disabled'],
  resourceTypes: ['AWS::SQS::Queue'],
  evaluate(r) {
    const p = props(r);
    if (p.KmsMasterKeyId !== undefined && p.KmsMasterKeyId !== '') return [];
    if (p.SqsManagedSseEnabled === true || p.SqsManagedSseEnabled === 'true') return [];
    if (p.SqsManagedSseEnabled === false || p.SqsManagedSseEnabled === 'false') {
      return [
        {
          message: `queue '${r.name}' disables server-side encryption`,
          at: ['Properties', 'SqsManagedSseEnabled'],
        },
      ];
    }
    return [
      {
        message: `queue '${r.name}' sets no KmsMasterKeyId`,
        at: r.value && (r.value as { Properties?: unknown }).Properties ? ['Properties'] : undefined,
      },
    ];
  },
});
