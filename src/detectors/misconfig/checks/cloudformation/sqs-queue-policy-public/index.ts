import { cfnCheck, publicAllowStatements } from '../cfn.js';

// https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security-best-practices.html
export const sqsQueuePolicyPublic = cfnCheck({
  id: 'PAL-CFN-152',
  slug: 'sqs-queue-policy-public',
  title: 'SQS queue policy allows any principal',
  severity: 'high',
  description:
    'Principal "*" without conditions lets any AWS account send, read or delete messages in the queue.',
  remediation:
    'Name the accounts or services allowed, or add an aws:SourceArn condition for service integrations.',
  references: [
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security-best-practices.html',
  ],
  resourceTypes: ['AWS::SQS::QueuePolicy'],
  evaluate(r) {
    return publicAllowStatements(r, ['Properties', 'PolicyDocument']).map(() => ({
      message: `queue policy '${r.name}' allows every principal ("*")`,
      at: ['Properties', 'PolicyDocument'],
    }));
  },
});
