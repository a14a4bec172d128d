import { cfnCheck, checkSetting, props } from '../cfn.js';

// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html (0 disables backups)
export const rdsBackupRetention = cfnCheck({
  id: 'PAL-CFN-022',
  slug: 'rds-backup-retention',
  title: 'RDS automated backups are disabled or too short',
  severity: 'medium',
  description:
    'A BackupRetentionPeriod of 0 disables automated backups and point-in-time recovery; under 7 days leaves little room to notice corruption or ransomware.',
  remediation: 'Set BackupRetentionPeriod to at least 7 (days).',
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
  ],
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  evaluate(r) {
    if (r.type === 'AWS::RDS::DBInstance' && props(r).DBClusterIdentifier !== undefined) return [];
    // The default (1 day) is kept out: only an explicit short retention is reported.
    return checkSetting(r, {
      path: ['Properties', 'BackupRetentionPeriod'],
      ok: (v) => Number(v) >= 7,
      missingOk: true,
      problem: 'keeps automated backups for less than 7 days',
    });
  },
});
