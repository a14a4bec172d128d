import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// With a retention period of 0 there are no automated backups or point-in-time recovery.
export const rdsBackupRetention: MisconfigCheck = {
  id: 'PAL-TF-025',
  slug: 'rds-backup-retention',
  platform: 'terraform',
  title: 'RDS automated backups are disabled',
  severity: 'medium',
  description: 'With a retention period of 0 there are no automated backups or point-in-time recovery.',
  remediation: 'Set backup_retention_period to 7 days or more.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance'],
  kics: ['RDS With Backup Disabled', 'RDS Cluster With Backup Disabled'],
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster'],
  evaluate: h.requireSetting(['backup_retention_period'], (v) => Number(v) > 0, {
    flagMissing: false,
    bad: 'backup_retention_period is 0 (no automated backups)',
  }),
};
