import { cfnCheck, checkSetting, nonEmpty } from '../cfn.js';

// https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html
export const cloudfrontWaf = cfnCheck({
  id: 'PAL-CFN-085',
  slug: 'cloudfront-waf',
  title: 'CloudFront distribution has no WAF web ACL',
  severity: 'low',
  description:
    'Without AWS WAF the distribution has no managed protection against common web exploits, bots and request floods.',
  remediation: 'Set DistributionConfig.WebACLId to the ARN of a WAFv2 web ACL (scope CLOUDFRONT).',
  references: ['https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html'],
  kics: ['CloudFront Without WAF'],
  resourceTypes: ['AWS::CloudFront::Distribution'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'DistributionConfig', 'WebACLId'],
      ok: nonEmpty,
      problem: 'has no WAF web ACL',
    }),
});
