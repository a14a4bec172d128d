import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Clients may talk to the domain over plain HTTP.
export const esEnforceHttps: MisconfigCheck = {
  id: 'PAL-TF-065',
  slug: 'es-enforce-https',
  platform: 'terraform',
  title: 'Elasticsearch domain does not enforce HTTPS',
  severity: 'medium',
  description: 'Clients may talk to the domain over plain HTTP.',
  remediation: 'Set domain_endpoint_options { enforce_https = true }.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticsearch_domain',
  ],
  kics: ['Elasticsearch with HTTPS disabled'],
  resourceTypes: ['aws_elasticsearch_domain', 'aws_opensearch_domain'],
  evaluate: h.requireSetting(['domain_endpoint_options', 0, 'enforce_https'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'domain_endpoint_options.enforce_https is false',
    missing: 'domain_endpoint_options.enforce_https is not set',
  }),
};
