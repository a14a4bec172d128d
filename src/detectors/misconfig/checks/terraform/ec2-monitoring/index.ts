import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Detailed monitoring gives 1-minute metrics to spot abuse (e.g. crypto mining) quickly.
export const ec2Monitoring: MisconfigCheck = {
  id: 'PAL-TF-059',
  slug: 'ec2-monitoring',
  platform: 'terraform',
  title: 'EC2 detailed monitoring is disabled',
  severity: 'low',
  description: 'Detailed monitoring gives 1-minute metrics to spot abuse (e.g. crypto mining) quickly.',
  remediation: 'Set monitoring = true.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance'],
  kics: ['EC2 Instance Monitoring Disabled'],
  resourceTypes: ['aws_instance'],
  evaluate: h.requireSetting(['monitoring'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'monitoring is false',
    missing: 'monitoring is not set',
  }),
};
