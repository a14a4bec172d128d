import { cfnCheck, get, isFalse, isObj, props } from '../cfn.js';
import type { CheckResult } from '../../../check.js';

// https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/security-logging-monitoring.html (audit logs: ActiveMQ only)
export const mqBrokerLogging = cfnCheck({
  id: 'PAL-CFN-162',
  slug: 'mq-broker-logging',
  title: 'Amazon MQ broker logging is disabled',
  severity: 'low',
  description:
    'Without general (and, for ActiveMQ, audit) logs, broker errors and administrative actions leave no trace in CloudWatch Logs.',
  remediation: 'Set Logs.General to true (and Logs.Audit to true for ActiveMQ).',
  references: [
    'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/security-logging-monitoring.html',
  ],
  kics: ['MQ Broker Logging Disabled'],
  resourceTypes: ['AWS::AmazonMQ::Broker'],
  evaluate(r) {
    const logs = props(r).Logs;
    const kinds = props(r).EngineType === 'RabbitMQ' ? ['General'] : ['General', 'Audit'];
    if (!isObj(logs))
      return [
        {
          message: `broker '${r.name}' has no Logs configuration`,
          at: get(r.value, ['Properties']) !== undefined ? ['Properties'] : undefined,
        },
      ];
    const out: CheckResult[] = [];
    for (const k of kinds) {
      if (logs[k] === undefined)
        out.push({ message: `broker '${r.name}' does not enable ${k} logs`, at: ['Properties', 'Logs'] });
      else if (isFalse(logs[k]))
        out.push({ message: `broker '${r.name}' disables ${k} logs`, at: ['Properties', 'Logs', k] });
    }
    return out;
  },
});
