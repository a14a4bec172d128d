import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A single-region trail misses API activity in every other region, where attackers like to hide.
export const cloudtrailMultiRegion: MisconfigCheck = {
  id: 'PAL-TF-041',
  slug: 'cloudtrail-multi-region',
  platform: 'terraform',
  title: 'CloudTrail is not multi-region',
  severity: 'medium',
  description:
    'A single-region trail misses API activity in every other region, where attackers like to hide.',
  remediation: 'Set is_multi_region_trail = true.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail',
    'CIS AWS Foundations 3.1',
  ],
  kics: [],
  resourceTypes: ['aws_cloudtrail'],
  evaluate: h.requireSetting(['is_multi_region_trail'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'is_multi_region_trail is false',
    missing: 'is_multi_region_trail is not set',
  }),
};
