import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A public IP puts the instance directly on the internet.
export const ec2PublicIp: MisconfigCheck = {
  id: 'PAL-TF-058',
  slug: 'ec2-public-ip',
  platform: 'terraform',
  title: 'EC2 instance gets a public IP address',
  severity: 'medium',
  description: 'A public IP puts the instance directly on the internet.',
  remediation: 'Set associate_public_ip_address = false; expose services through a load balancer.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance'],
  kics: ['EC2 Instance Has Public IP'],
  resourceTypes: ['aws_instance'],
  evaluate: h.requireSetting(['associate_public_ip_address'], (v) => !h.isTrue(v), {
    flagMissing: false,
    bad: 'associate_public_ip_address is true',
  }),
};
