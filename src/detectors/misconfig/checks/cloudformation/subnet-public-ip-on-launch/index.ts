import { cfnCheck, checkSetting, mustNotBeTrue } from '../cfn.js';

// https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html#subnet-public-ip
export const subnetPublicIpOnLaunch = cfnCheck({
  id: 'PAL-CFN-100',
  slug: 'subnet-public-ip-on-launch',
  title: 'Subnet assigns public IPs on launch',
  severity: 'medium',
  description:
    'Every instance launched in the subnet gets a public IP, exposing it to the internet whether or not it was meant to be.',
  remediation: 'Set MapPublicIpOnLaunch to false and expose services through load balancers or NAT.',
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html#subnet-public-ip',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-15',
  ],
  kics: ['EC2 Instance Subnet Has Public IP Mapping On Launch'],
  resourceTypes: ['AWS::EC2::Subnet'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'MapPublicIpOnLaunch'],
      ok: mustNotBeTrue,
      missingOk: true,
      problem: 'maps public IPs on launch',
    }),
});
