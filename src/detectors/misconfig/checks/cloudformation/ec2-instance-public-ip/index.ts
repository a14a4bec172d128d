import { asArray, cfnCheck, isObj, isTrue, props } from '../cfn.js';

// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html#concepts-public-addresses
export const ec2InstancePublicIp = cfnCheck({
  id: 'PAL-CFN-101',
  slug: 'ec2-instance-public-ip',
  title: 'EC2 instance gets a public IP address',
  severity: 'medium',
  description:
    'A public IP makes the instance directly reachable from the internet, bypassing load balancers and WAF; its security group becomes the only barrier.',
  remediation:
    'Set AssociatePublicIpAddress to false and reach the instance through a load balancer, NAT or SSM.',
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-9'],
  resourceTypes: ['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate'],
  evaluate(r) {
    const nics =
      r.type === 'AWS::EC2::Instance'
        ? props(r).NetworkInterfaces
        : (props(r).LaunchTemplateData as { NetworkInterfaces?: unknown } | undefined)?.NetworkInterfaces;
    const base =
      r.type === 'AWS::EC2::Instance'
        ? ['Properties', 'NetworkInterfaces']
        : ['Properties', 'LaunchTemplateData', 'NetworkInterfaces'];
    return asArray(nics).flatMap((n, i) =>
      isObj(n) && isTrue(n.AssociatePublicIpAddress)
        ? [
            {
              message: `${r.type.split('::').pop()} '${r.name}' associates a public IP address`,
              at: [...base, i, 'AssociatePublicIpAddress'],
            },
          ]
        : [],
    );
  },
});
