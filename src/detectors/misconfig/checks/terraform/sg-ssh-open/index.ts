import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// An ingress rule allowing SSH (22) from 0.0.0.0/0 or ::/0 exposes the service to internet-wide scanning and brute force.
export const sgSshOpen: MisconfigCheck = {
  id: 'PAL-TF-014',
  slug: 'sg-ssh-open',
  platform: 'terraform',
  title: 'Security group allows SSH from the internet',
  severity: 'high',
  description:
    'An ingress rule allowing SSH (22) from 0.0.0.0/0 or ::/0 exposes the service to internet-wide scanning and brute force.',
  remediation: 'Restrict the source to known CIDRs, a VPN, or use SSM Session Manager / a bastion instead.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group',
    'CIS AWS Foundations 5.2',
    'CIS AWS Foundations 5.3',
  ],
  kics: [],
  resourceTypes: ['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_ingress_rule'],
  evaluate: (r) =>
    h
      .worldIngress(r, [22])
      .map((x) => ({ message: `${r.name}: port ${x.port} open to the internet`, at: x.at })),
};
