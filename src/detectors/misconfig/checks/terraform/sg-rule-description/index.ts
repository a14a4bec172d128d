import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Undocumented rules are hard to review, so stale openings stay open.
export const sgRuleDescription: MisconfigCheck = {
  id: 'PAL-TF-019',
  slug: 'sg-rule-description',
  platform: 'terraform',
  title: 'Security group rule has no description',
  severity: 'low',
  description: 'Undocumented rules are hard to review, so stale openings stay open.',
  remediation: 'Give every rule a description saying who needs it and why.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group'],
  kics: ['Security Group Rule Without Description'],
  resourceTypes: ['aws_security_group', 'aws_security_group_rule'],
  evaluate: (r) => {
    if (r.type === 'aws_security_group_rule')
      return h.get(r.value, ['description']) === undefined
        ? [{ message: `${r.name}: rule has no description` }]
        : [];
    return ['ingress', 'egress'].flatMap((k) =>
      h
        .asArray(h.get(r.value, [k]))
        .flatMap((rule, i) =>
          h.get(rule, ['description']) === undefined
            ? [{ message: `${r.name}: ${k} rule has no description`, at: [k, i] }]
            : [],
        ),
    );
  },
};
