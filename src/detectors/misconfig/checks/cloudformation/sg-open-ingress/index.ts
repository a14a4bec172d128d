import { cfnCheck, openIngress, SECURITY_GROUP_TYPES } from '../cfn.js';

export const sgOpenIngress = cfnCheck({
  id: 'PAL-CFN-015',
  slug: 'sg-open-ingress',
  title: 'Security group allows ingress from the whole internet',
  severity: 'medium',
  description:
    'An ingress rule from 0.0.0.0/0 or ::/0 makes the port reachable by anyone. That is intended only for public entry points (load balancers, CDN origins); elsewhere it widens the attack surface.',
  remediation:
    'Limit the source to known CIDRs or security groups; put public services behind a load balancer and allow only its security group.',
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
    'CIS AWS Foundations Benchmark v3.0.0 5.2',
  ],
  kics: ['Unrestricted Security Group Ingress'],
  resourceTypes: SECURITY_GROUP_TYPES,
  evaluate: (r) => openIngress(r, undefined, ''),
});
