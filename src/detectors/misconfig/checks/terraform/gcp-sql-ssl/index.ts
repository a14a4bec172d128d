import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Clients may connect without TLS.
export const gcpSqlSsl: MisconfigCheck = {
  id: 'PAL-TF-109',
  slug: 'gcp-sql-ssl',
  platform: 'terraform',
  title: 'Cloud SQL does not require SSL',
  severity: 'high',
  description: 'Clients may connect without TLS.',
  remediation: 'Set ip_configuration { require_ssl = true } (or ssl_mode ENCRYPTED_ONLY).',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance',
    'CIS Google Cloud Platform Foundation 6.7',
  ],
  kics: ['SQL DB Instance With SSL Disabled'],
  resourceTypes: ['google_sql_database_instance'],
  evaluate: h.requireSetting(['settings', 0, 'ip_configuration', 0, 'require_ssl'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'settings.ip_configuration.require_ssl is false',
    missing: 'settings.ip_configuration.require_ssl is not set',
  }),
};
