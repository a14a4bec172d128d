import { cfnCheck, checkSetting, mustBeTrue } from '../cfn.js';

// CIS AWS Foundations 3.2: CloudTrail log file validation is enabled.
export const cloudtrailLogFileValidation = cfnCheck({
  id: 'PAL-CFN-061',
  slug: 'cloudtrail-log-file-validation',
  title: 'CloudTrail log file validation is disabled',
  severity: 'medium',
  description:
    'Without digest files, an attacker who reaches the log bucket can alter or delete trail logs without detection.',
  remediation: 'Set EnableLogFileValidation to true.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 3.2',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
  ],
  resourceTypes: ['AWS::CloudTrail::Trail'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'EnableLogFileValidation'],
      ok: mustBeTrue,
      problem: 'does not validate log files',
    }),
});
