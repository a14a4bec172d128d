import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// allow-all serves content and cookies over plain HTTP.
export const cloudfrontViewerHttps: MisconfigCheck = {
  id: 'PAL-TF-054',
  slug: 'cloudfront-viewer-https',
  platform: 'terraform',
  title: 'CloudFront allows HTTP to viewers',
  severity: 'medium',
  description: 'allow-all serves content and cookies over plain HTTP.',
  remediation: 'Use redirect-to-https or https-only.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution',
  ],
  kics: ['Cloudfront Viewer Protocol Policy Allows HTTP'],
  resourceTypes: ['aws_cloudfront_distribution'],
  evaluate: h.requireSetting(
    ['default_cache_behavior', 0, 'viewer_protocol_policy'],
    (v) => v !== 'allow-all',
    { flagMissing: false, bad: 'default_cache_behavior.viewer_protocol_policy is "allow-all"' },
  ),
};
