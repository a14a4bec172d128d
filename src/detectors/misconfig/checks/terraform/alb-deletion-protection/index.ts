import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without it, a mistaken apply deletes the production entry point.
export const albDeletionProtection: MisconfigCheck = {
  id: 'PAL-TF-051',
  slug: 'alb-deletion-protection',
  platform: 'terraform',
  title: 'Load balancer deletion protection is disabled',
  severity: 'low',
  description: 'Without it, a mistaken apply deletes the production entry point.',
  remediation: 'Set enable_deletion_protection = true.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb'],
  kics: ['ALB Deletion Protection Disabled'],
  resourceTypes: ['aws_lb', 'aws_alb'],
  evaluate: h.requireSetting(['enable_deletion_protection'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'enable_deletion_protection is false',
    missing: 'enable_deletion_protection is not set',
  }),
};
