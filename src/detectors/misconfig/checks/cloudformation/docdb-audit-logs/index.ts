import { asArray, cfnCheck, get } from '../cfn.js';

// https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html
export const docdbAuditLogs = cfnCheck({
  id: 'PAL-CFN-165',
  slug: 'docdb-audit-logs',
  title: 'DocumentDB cluster does not export audit logs',
  severity: 'low',
  description:
    'Without the audit log export, authentication attempts and DDL/DML events on the cluster are not recorded in CloudWatch Logs.',
  remediation:
    "Add 'audit' (and 'profiler') to EnableCloudwatchLogsExports and set audit_logs to enabled in the cluster parameter group.",
  references: ['https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html'],
  kics: ['DocDB Logging Is Disabled'],
  resourceTypes: ['AWS::DocDB::DBCluster'],
  evaluate(r) {
    const at = ['Properties', 'EnableCloudwatchLogsExports'];
    const v = get(r.value, at);
    if (asArray(v).includes('audit') || (v !== undefined && !Array.isArray(v))) return [];
    return [
      {
        message: `cluster '${r.name}' does not export audit logs`,
        at: v !== undefined ? at : get(r.value, ['Properties']) !== undefined ? ['Properties'] : undefined,
      },
    ];
  },
});
