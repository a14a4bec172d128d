import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Allowing every protocol and port from anywhere exposes every service on the attached instances.
export const sgAllPortsOpen: MisconfigCheck = {
  id: 'PAL-TF-017',
  slug: 'sg-all-ports-open',
  platform: 'terraform',
  title: 'Security group allows all traffic from the internet',
  severity: 'critical',
  description:
    'Allowing every protocol and port from anywhere exposes every service on the attached instances.',
  remediation: 'Allow only the ports the service needs, from the narrowest sources.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group',
    'CIS AWS Foundations 5.2',
  ],
  kics: [],
  resourceTypes: ['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_ingress_rule'],
  evaluate: (r) =>
    h.worldIngress(r, 'all').map((x) => ({ message: `${r.name}: all ports open to the internet`, at: x.at })),
};
