import { cfnCheck, checkSetting, mustBeTrue } from '../cfn.js';

// CIS AWS Foundations 3.1: CloudTrail is enabled in all regions.
export const cloudtrailMultiRegion = cfnCheck({
  id: 'PAL-CFN-060',
  slug: 'cloudtrail-multi-region',
  title: 'CloudTrail trail is not multi-region',
  severity: 'medium',
  description:
    'A single-region trail misses API activity in every other region, where attackers like to create resources unnoticed.',
  remediation: 'Set IsMultiRegionTrail to true.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 3.1',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
  ],
  kics: ['CloudTrail Multi Region Disabled'],
  resourceTypes: ['AWS::CloudTrail::Trail'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'IsMultiRegionTrail'],
      ok: mustBeTrue,
      problem: 'records only its own region',
    }),
});
