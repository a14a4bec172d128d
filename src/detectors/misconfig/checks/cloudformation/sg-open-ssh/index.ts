import { cfnCheck, openIngress, SECURITY_GROUP_TYPES } from '../cfn.js';

// CIS AWS Foundations 5.2/5.3: no security group allows ingress from 0.0.0.0/0 or ::/0 to remote administration ports.
export const sgOpenSsh = cfnCheck({
  id: 'PAL-CFN-010',
  slug: 'sg-open-ssh',
  title: 'Security group allows SSH from the internet',
  severity: 'high',
  description:
    'Port 22 open to 0.0.0.0/0 or ::/0 exposes instances to brute-force and exploitation of SSH from anywhere.',
  remediation:
    'Restrict the CIDR to known administration ranges, or use SSM Session Manager / EC2 Instance Connect instead of open SSH.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 5.2, 5.3',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html',
  ],
  kics: ['Security Group With Unrestricted Access To SSH'],
  resourceTypes: SECURITY_GROUP_TYPES,
  evaluate: (r) => openIngress(r, [22], 'SSH port'),
});
