import { cfnCheck, props } from '../cfn.js';

// CIS AWS Foundations 3.4 (v1.4): CloudTrail trails are integrated with CloudWatch Logs.
export const cloudtrailCloudwatchLogs = cfnCheck({
  id: 'PAL-CFN-064',
  slug: 'cloudtrail-cloudwatch-logs',
  title: 'CloudTrail trail is not sent to CloudWatch Logs',
  severity: 'low',
  description:
    'Without CloudWatch Logs delivery, there are no real-time metric filters or alarms on sensitive API activity (root logins, IAM changes).',
  remediation: 'Set CloudWatchLogsLogGroupArn and CloudWatchLogsRoleArn.',
  references: [
    'CIS AWS Foundations Benchmark v1.4.0 3.4',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
  ],
  kics: ['CloudTrail Not Integrated With CloudWatch'],
  resourceTypes: ['AWS::CloudTrail::Trail'],
  evaluate(r) {
    const p = props(r);
    const missing = ['CloudWatchLogsLogGroupArn', 'CloudWatchLogsRoleArn'].filter(
      (k) => p[k] === undefined || p[k] === '',
    );
    if (missing.length === 0) return [];
    return [
      {
        message: `trail '${r.name}' does not set ${missing.join(' and ')}`,
        at: r.value && (r.value as { Properties?: unknown }).Properties ? ['Properties'] : undefined,
      },
    ];
  },
});
