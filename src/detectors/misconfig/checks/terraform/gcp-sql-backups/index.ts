import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without backups, data loss is permanent.
export const gcpSqlBackups: MisconfigCheck = {
  id: 'PAL-TF-111',
  slug: 'gcp-sql-backups',
  platform: 'terraform',
  title: 'Cloud SQL automated backups are disabled',
  severity: 'medium',
  description: 'Without backups, data loss is permanent.',
  remediation: 'Add backup_configuration { enabled = true }.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance',
    'CIS Google Cloud Platform Foundation 6.7',
  ],
  kics: [],
  resourceTypes: ['google_sql_database_instance'],
  evaluate: h.requireSetting(['settings', 0, 'backup_configuration', 0, 'enabled'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'settings.backup_configuration.enabled is false',
    missing: 'settings.backup_configuration.enabled is not set',
  }),
};
