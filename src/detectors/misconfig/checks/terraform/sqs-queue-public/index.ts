import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A resource policy that allows Principal "*" without a condition pinning the caller lets anyone publish or read messages.
export const sqsQueuePublic: MisconfigCheck = {
  id: 'PAL-TF-124',
  slug: 'sqs-queue-public',
  platform: 'terraform',
  title: 'SQS queue policy allows any principal',
  severity: 'high',
  description:
    'A resource policy that allows Principal "*" without a condition pinning the caller lets anyone publish or read messages.',
  remediation:
    'Name the principals, or add aws:SourceArn / aws:SourceAccount / aws:PrincipalOrgID conditions.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue_policy',
  ],
  kics: ['SQS Queue Exposed'],
  resourceTypes: ['aws_sqs_queue_policy', 'aws_sqs_queue'],
  evaluate: (r) => h.publicPolicy(r),
};
