import { cfnCheck, checkSetting, mustBeTrue, props } from '../cfn.js';

// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html (region/engine/version availability)
function compareVersion(v: string, min: readonly number[]): number {
  const parts = v.split('.').map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < min.length; i++) if ((parts[i] ?? 0) !== min[i]) return (parts[i] ?? 0) - min[i]!;
  return 0;
}

export const rdsIamAuth = cfnCheck({
  id: 'PAL-CFN-025',
  slug: 'rds-iam-auth',
  title: 'RDS IAM database authentication is disabled',
  severity: 'low',
  description:
    'Without IAM authentication, applications use long-lived database passwords instead of short-lived IAM tokens tied to their role.',
  remediation:
    'Set EnableIAMDatabaseAuthentication to true and grant rds-db:connect to the application role.',
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html'],
  kics: ['IAM Database Auth Not Enabled'],
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  evaluate(r) {
    const p = props(r);
    if (r.type === 'AWS::RDS::DBInstance' && p.DBClusterIdentifier !== undefined) return [];
    // Only MySQL, PostgreSQL, Aurora and MariaDB 10.6+ support IAM authentication.
    if (
      typeof p.Engine === 'string' &&
      !/^(aurora|aurora-mysql|aurora-postgresql|mysql|postgres|mariadb)$/.test(p.Engine)
    )
      return [];
    // The smallest legacy classes cannot use IAM authentication (AWS docs, "Limitations for IAM database authentication").
    if (p.DBInstanceClass === 'db.t2.small' || p.DBInstanceClass === 'db.m1.small') return [];
    if (
      p.Engine === 'mariadb' &&
      typeof p.EngineVersion === 'string' &&
      compareVersion(p.EngineVersion, [10, 6]) < 0
    )
      return [];
    return checkSetting(r, {
      path: ['Properties', 'EnableIAMDatabaseAuthentication'],
      ok: mustBeTrue,
      problem: 'does not enable IAM database authentication',
    });
  },
});
