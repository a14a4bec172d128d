import { cfnCheck, describeRule, ingressRules, portRange, ruleIsOpen, SECURITY_GROUP_TYPES } from '../cfn.js';

export const sgOpenAllPorts = cfnCheck({
  id: 'PAL-CFN-013',
  slug: 'sg-open-all-ports',
  title: 'Security group allows all ports from the internet',
  severity: 'critical',
  description:
    'An ingress rule for every protocol or the whole port range from 0.0.0.0/0 exposes every service on the instance, including ones never meant to be public.',
  remediation: 'Replace the rule with rules for the specific ports the service needs.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 5.2',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html',
  ],
  resourceTypes: SECURITY_GROUP_TYPES,
  evaluate(r) {
    return ingressRules(r)
      .filter(({ rule }) => {
        const range = portRange(rule);
        return ruleIsOpen(rule) && range !== undefined && range[0] <= 1 && range[1] === 65535;
      })
      .map(({ rule, at, index }) => ({
        message: `security group '${r.name}': ${describeRule(rule, index)}`,
        at,
      }));
  },
});
