import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without a web ACL, common web attacks reach the origin unfiltered.
export const cloudfrontWaf: MisconfigCheck = {
  id: 'PAL-TF-056',
  slug: 'cloudfront-waf',
  platform: 'terraform',
  title: 'CloudFront distribution has no WAF',
  severity: 'medium',
  description: 'Without a web ACL, common web attacks reach the origin unfiltered.',
  remediation: 'Attach an AWS WAF web ACL (web_acl_id).',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution',
  ],
  kics: ['CloudFront Without WAF'],
  resourceTypes: ['aws_cloudfront_distribution'],
  evaluate: h.requireSetting(['web_acl_id'], (v) => typeof v === 'string' && v !== '', {
    flagMissing: true,
    bad: 'web_acl_id is ""',
    missing: 'web_acl_id is not set',
  }),
};
