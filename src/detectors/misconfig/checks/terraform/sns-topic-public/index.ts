import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A resource policy that allows Principal "*" without a condition pinning the caller lets anyone publish or read messages.
export const snsTopicPublic: MisconfigCheck = {
  id: 'PAL-TF-123',
  slug: 'sns-topic-public',
  platform: 'terraform',
  title: 'SNS topic policy allows any principal',
  severity: 'high',
  description:
    'A resource policy that allows Principal "*" without a condition pinning the caller lets anyone publish or read messages.',
  remediation:
    'Name the principals, or add aws:SourceArn / aws:SourceAccount / aws:PrincipalOrgID conditions.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic_policy',
  ],
  kics: ['SNS Topic is Publicly Accessible'],
  resourceTypes: ['aws_sns_topic_policy', 'aws_sns_topic'],
  evaluate: (r) => h.publicPolicy(r),
};
