import { cfnCheck, get } from '../cfn.js';

// https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html
export const redshiftAuditLogging = cfnCheck({
  id: 'PAL-CFN-163',
  slug: 'redshift-audit-logging',
  title: 'Redshift audit logging is disabled',
  severity: 'low',
  description:
    'Without audit logging there is no record of connections, user changes and queries run against the warehouse.',
  remediation: 'Set LoggingProperties (BucketName, or LogDestinationType cloudwatch with LogExports).',
  references: ['https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html'],
  kics: ['Redshift Cluster Logging Disabled'],
  resourceTypes: ['AWS::Redshift::Cluster'],
  evaluate(r) {
    if (get(r.value, ['Properties', 'LoggingProperties']) !== undefined) return [];
    return [
      {
        message: `cluster '${r.name}' has no LoggingProperties`,
        at: get(r.value, ['Properties']) !== undefined ? ['Properties'] : undefined,
      },
    ];
  },
});
