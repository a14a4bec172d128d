import { cfnCheck, checkSetting, mustBeTrue, props } from '../cfn.js';

// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html
export const rdsMultiAz = cfnCheck({
  id: 'PAL-CFN-024',
  slug: 'rds-multi-az',
  title: 'RDS instance is not Multi-AZ',
  severity: 'low',
  description:
    'A single-AZ database is unavailable during an AZ outage and during maintenance; Multi-AZ keeps a synchronous standby.',
  remediation: 'Set MultiAZ to true for production databases.',
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html'],
  resourceTypes: ['AWS::RDS::DBInstance'],
  evaluate(r) {
    const p = props(r);
    // Aurora replicates storage across AZs by design; only explicit MultiAZ false on other engines is reported.
    if (p.DBClusterIdentifier !== undefined || String(p.Engine ?? '').startsWith('aurora')) return [];
    return checkSetting(r, {
      path: ['Properties', 'MultiAZ'],
      ok: mustBeTrue,
      missingOk: true,
      problem: 'is not Multi-AZ',
    });
  },
});
