import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// An ingress rule allowing RDP (3389) from 0.0.0.0/0 or ::/0 exposes the service to internet-wide scanning and brute force.
export const sgRdpOpen: MisconfigCheck = {
  id: 'PAL-TF-015',
  slug: 'sg-rdp-open',
  platform: 'terraform',
  title: 'Security group allows RDP from the internet',
  severity: 'high',
  description:
    'An ingress rule allowing RDP (3389) from 0.0.0.0/0 or ::/0 exposes the service to internet-wide scanning and brute force.',
  remediation: 'Restrict the source to known CIDRs, a VPN, or use SSM Session Manager / a bastion instead.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group',
    'CIS AWS Foundations 5.2',
    'CIS AWS Foundations 5.3',
  ],
  kics: ['RDP Is Exposed To The Internet', 'Remote Desktop Port Open To Internet'],
  resourceTypes: ['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_ingress_rule'],
  evaluate: (r) =>
    h
      .worldIngress(r, [3389])
      .map((x) => ({ message: `${r.name}: port ${x.port} open to the internet`, at: x.at })),
};
