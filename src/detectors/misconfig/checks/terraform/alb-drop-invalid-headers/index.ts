import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Passing malformed headers through enables request smuggling against back ends.
export const albDropInvalidHeaders: MisconfigCheck = {
  id: 'PAL-TF-050',
  slug: 'alb-drop-invalid-headers',
  platform: 'terraform',
  title: 'ALB does not drop invalid HTTP headers',
  severity: 'medium',
  description: 'Passing malformed headers through enables request smuggling against back ends.',
  remediation: 'Set drop_invalid_header_fields = true.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb'],
  kics: ['ALB Not Dropping Invalid Headers'],
  resourceTypes: ['aws_lb', 'aws_alb'],
  evaluate: h.requireSetting(['drop_invalid_header_fields'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'drop_invalid_header_fields is false',
    missing: 'drop_invalid_header_fields is not set',
  }),
};
