import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without access logs there is no record of requests for investigations.
export const elbAccessLogs: MisconfigCheck = {
  id: 'PAL-TF-125',
  slug: 'elb-access-logs',
  platform: 'terraform',
  title: 'Classic ELB access logging is disabled',
  severity: 'low',
  description: 'Without access logs there is no record of requests for investigations.',
  remediation: 'Add access_logs { bucket = \u2026, enabled = true }.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elb'],
  kics: ['ELB Access Log Disabled'],
  resourceTypes: ['aws_elb'],
  evaluate: h.requireSetting(['access_logs', 0, 'enabled'], (v) => !h.isFalse(v), {
    flagMissing: 'block',
    bad: 'access_logs.enabled is false',
    missing: 'access_logs.enabled is not set',
  }),
};
