import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A public IP exposes the instance to the internet.
export const gcpSqlPublicIp: MisconfigCheck = {
  id: 'PAL-TF-110',
  slug: 'gcp-sql-public-ip',
  platform: 'terraform',
  title: 'Cloud SQL instance has a public IP',
  severity: 'medium',
  description: 'A public IP exposes the instance to the internet.',
  remediation: 'Set ipv4_enabled = false and use private IP.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance',
    'CIS Google Cloud Platform Foundation 6.6',
  ],
  kics: [],
  resourceTypes: ['google_sql_database_instance'],
  evaluate: h.requireSetting(['settings', 0, 'ip_configuration', 0, 'ipv4_enabled'], (v) => !h.isTrue(v), {
    flagMissing: false,
    bad: 'settings.ip_configuration.ipv4_enabled is true',
  }),
};
