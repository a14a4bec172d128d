import { cfnCheck, checkSetting, mustBeTrue } from '../cfn.js';

// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html#cfn-cloudtrail-trail-islogging (required)
export const cloudtrailLoggingEnabled = cfnCheck({
  id: 'PAL-CFN-063',
  slug: 'cloudtrail-logging-enabled',
  title: 'CloudTrail trail is not logging',
  severity: 'high',
  description: 'A trail with IsLogging false records nothing: API activity in the account goes unaudited.',
  remediation: 'Set IsLogging to true.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 3.1',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-turning-off-logging.html',
  ],
  resourceTypes: ['AWS::CloudTrail::Trail'],
  evaluate: (r) =>
    checkSetting(r, { path: ['Properties', 'IsLogging'], ok: mustBeTrue, problem: 'is not logging' }),
});
