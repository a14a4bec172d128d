import { cfnCheck, openIngress, SECURITY_GROUP_TYPES } from '../cfn.js';

// CIS AWS Foundations 5.2/5.3: remote administration ports must not be open to the world.
export const sgOpenRdp = cfnCheck({
  id: 'PAL-CFN-011',
  slug: 'sg-open-rdp',
  title: 'Security group allows RDP from the internet',
  severity: 'high',
  description:
    'Port 3389 open to 0.0.0.0/0 or ::/0 exposes Windows hosts to RDP brute force and remote code execution bugs.',
  remediation: 'Restrict the CIDR to known ranges or use Fleet Manager / a VPN for remote desktop.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 5.2, 5.3',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html',
  ],
  kics: ['Security Group Unrestricted Access To RDP'],
  resourceTypes: SECURITY_GROUP_TYPES,
  evaluate: (r) => openIngress(r, [3389], 'RDP port'),
});
