import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Resources launched without an explicit group land in the default group; rules open to 0.0.0.0/0 or ::/0 there expose them silently.
export const defaultSgRestrictsTraffic: MisconfigCheck = {
  id: 'PAL-TF-018',
  slug: 'default-sg-restricts-traffic',
  platform: 'terraform',
  title: 'Default security group allows traffic',
  severity: 'medium',
  description:
    'Resources launched without an explicit group land in the default group; rules open to 0.0.0.0/0 or ::/0 there expose them silently.',
  remediation:
    'Declare aws_default_security_group with no rules (CIS 5.4), or at least none open to the internet.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group',
    'CIS AWS Foundations 5.4',
  ],
  kics: ['Default Security Groups With Unrestricted Traffic'],
  resourceTypes: ['aws_default_security_group'],
  evaluate: (r) =>
    ['ingress', 'egress'].flatMap((k) =>
      h
        .asArray(h.get(r.value, [k]))
        .flatMap((rule, i) =>
          [...h.asArray(h.get(rule, ['cidr_blocks'])), ...h.asArray(h.get(rule, ['ipv6_cidr_blocks']))].some(
            h.isWorldCidr,
          )
            ? [
                {
                  message: `${r.name}: default security group has an ${k} rule open to the internet`,
                  at: [k, i],
                },
              ]
            : [],
        ),
    ),
};
