import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without exported audit logs, database access is not recorded.
export const docdbLogging: MisconfigCheck = {
  id: 'PAL-TF-127',
  slug: 'docdb-logging',
  platform: 'terraform',
  title: 'DocumentDB audit/profiler logs are not exported',
  severity: 'low',
  description: 'Without exported audit logs, database access is not recorded.',
  remediation: 'Set enabled_cloudwatch_logs_exports = ["audit", "profiler"].',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster'],
  kics: ['DocDB Logging Is Disabled'],
  resourceTypes: ['aws_docdb_cluster'],
  evaluate: h.requireSetting(
    ['enabled_cloudwatch_logs_exports'],
    (v) => Array.isArray(v) && v.includes('audit'),
    {
      flagMissing: true,
      bad: 'enabled_cloudwatch_logs_exports is []',
      missing: 'enabled_cloudwatch_logs_exports is not set',
    },
  ),
};
