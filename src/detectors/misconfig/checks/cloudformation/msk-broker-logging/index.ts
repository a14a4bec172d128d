import { cfnCheck, get, isObj, isTrue } from '../cfn.js';

// https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html
export const mskBrokerLogging = cfnCheck({
  id: 'PAL-CFN-161',
  slug: 'msk-broker-logging',
  title: 'MSK broker logs are not delivered anywhere',
  severity: 'low',
  description:
    'Without broker logs (CloudWatch Logs, Firehose or S3) there is no trace of client errors, authentication failures or broker issues.',
  remediation: 'Enable LoggingInfo.BrokerLogs.CloudWatchLogs, Firehose or S3.',
  references: ['https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html'],
  kics: ['MSK Cluster Logging Disabled'],
  resourceTypes: ['AWS::MSK::Cluster'],
  evaluate(r) {
    const logs = get(r.value, ['Properties', 'LoggingInfo', 'BrokerLogs']);
    const sinks = ['CloudWatchLogs', 'Firehose', 'S3'];
    if (
      isObj(logs) &&
      sinks.some((s) => isTrue(get(logs, [s, 'Enabled'])) || isObj(get(logs, [s, 'Enabled'])))
    )
      return [];
    const at =
      logs !== undefined
        ? ['Properties', 'LoggingInfo', 'BrokerLogs']
        : get(r.value, ['Properties']) !== undefined
          ? ['Properties']
          : undefined;
    return [{ message: `cluster '${r.name}' delivers no broker logs`, at }];
  },
});
