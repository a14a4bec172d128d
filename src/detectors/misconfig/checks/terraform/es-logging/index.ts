import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without log publishing, access and errors on the domain are not recorded.
export const esLogging: MisconfigCheck = {
  id: 'PAL-TF-130',
  slug: 'es-logging',
  platform: 'terraform',
  title: 'Elasticsearch domain does not publish audit logs',
  severity: 'low',
  description: 'Without log publishing, access and errors on the domain are not recorded.',
  remediation: 'Add log_publishing_options { log_type = "AUDIT_LOGS", cloudwatch_log_group_arn = \u2026 }.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticsearch_domain',
  ],
  kics: ['Elasticsearch Log Disabled'],
  resourceTypes: ['aws_elasticsearch_domain', 'aws_opensearch_domain'],
  evaluate: h.requireSetting(['log_publishing_options', 0, 'enabled'], (v) => !h.isFalse(v), {
    flagMissing: true,
    bad: 'log_publishing_options.enabled is false',
    missing: 'log_publishing_options.enabled is not set',
  }),
};
