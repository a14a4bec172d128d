import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without EBS optimization, storage and network traffic compete, hurting availability under load.
export const ec2EbsOptimized: MisconfigCheck = {
  id: 'PAL-TF-060',
  slug: 'ec2-ebs-optimized',
  platform: 'terraform',
  title: 'EC2 instance is not EBS optimized',
  severity: 'low',
  description:
    'Without EBS optimization, storage and network traffic compete, hurting availability under load.',
  remediation: 'Set ebs_optimized = true.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance'],
  kics: [],
  resourceTypes: ['aws_instance'],
  evaluate: h.requireSetting(['ebs_optimized'], (v) => !h.isFalse(v), {
    flagMissing: false,
    bad: 'ebs_optimized is false',
  }),
};
