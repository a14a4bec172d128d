import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Old TLS versions let attackers downgrade and break viewer connections.
export const cloudfrontMinTls: MisconfigCheck = {
  id: 'PAL-TF-055',
  slug: 'cloudfront-min-tls',
  platform: 'terraform',
  title: 'CloudFront minimum TLS version is below 1.2',
  severity: 'medium',
  description: 'Old TLS versions let attackers downgrade and break viewer connections.',
  remediation: 'Set minimum_protocol_version = "TLSv1.2_2021" (needs a custom certificate).',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution',
  ],
  kics: ['CloudFront Without Minimum Protocol TLS 1.2'],
  resourceTypes: ['aws_cloudfront_distribution'],
  evaluate: h.requireSetting(
    ['viewer_certificate', 0, 'minimum_protocol_version'],
    (v) => typeof v === 'string' && /^TLSv1\.2/.test(v),
    {
      flagMissing: true,
      bad: 'viewer_certificate.minimum_protocol_version is "TLSv1"',
      missing: 'viewer_certificate.minimum_protocol_version is not set',
    },
  ),
};
