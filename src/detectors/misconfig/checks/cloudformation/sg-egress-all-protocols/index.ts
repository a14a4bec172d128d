import { asArray, cfnCheck, isObj, props } from '../cfn.js';
import type { At } from '../cfn.js';

// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-security-group-rule.html (IpProtocol -1 = all)
export const sgEgressAllProtocols = cfnCheck({
  id: 'PAL-CFN-016',
  slug: 'sg-egress-all-protocols',
  title: 'Security group egress allows all protocols',
  severity: 'low',
  description:
    'Unrestricted egress (IpProtocol -1) lets a compromised host reach any destination on any port, easing data exfiltration and command-and-control.',
  remediation: 'Declare egress rules for the protocols and ports the workload needs (e.g. tcp 443).',
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html'],
  kics: ['Security Group Egress With All Protocols'],
  resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupEgress'],
  evaluate(r) {
    const p = props(r);
    const rules: { rule: unknown; at: At }[] =
      r.type === 'AWS::EC2::SecurityGroupEgress'
        ? [{ rule: p, at: ['Properties', 'IpProtocol'] }]
        : asArray(p.SecurityGroupEgress).map((rule, i) => ({
            rule,
            at: Array.isArray(p.SecurityGroupEgress)
              ? ['Properties', 'SecurityGroupEgress', i, 'IpProtocol']
              : ['Properties', 'SecurityGroupEgress', 'IpProtocol'],
          }));
    return rules
      .filter(({ rule }) => isObj(rule) && ['-1', 'all'].includes(String(rule.IpProtocol).toLowerCase()))
      .map(({ at }) => ({ message: `security group '${r.name}' has an egress rule for all protocols`, at }));
  },
});
