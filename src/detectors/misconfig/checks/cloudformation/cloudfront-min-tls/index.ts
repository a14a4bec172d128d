import { cfnCheck, get } from '../cfn.js';

/**
 * Security policies older than TLSv1.2_2019 still accept TLS 1.0/1.1 (or SSLv3).
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html
 */
const WEAK = new Set(['SSLv3', 'TLSv1', 'TLSv1_2016', 'TLSv1.1_2016', 'TLSv1.2_2018']);

export const cloudfrontMinTls = cfnCheck({
  id: 'PAL-CFN-084',
  slug: 'cloudfront-min-tls',
  title: 'CloudFront accepts outdated TLS versions',
  severity: 'medium',
  description:
    'A minimum protocol version below TLSv1.2_2019 lets viewers negotiate deprecated TLS versions or weak ciphers; the default CloudFront certificate always allows TLS 1.0.',
  remediation:
    'Use an ACM certificate with MinimumProtocolVersion TLSv1.2_2021 and SslSupportMethod sni-only.',
  references: [
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html',
  ],
  kics: ['Vulnerable Default SSL Certificate'],
  resourceTypes: ['AWS::CloudFront::Distribution'],
  evaluate(r) {
    const vc = ['Properties', 'DistributionConfig', 'ViewerCertificate'];
    const min = get(r.value, [...vc, 'MinimumProtocolVersion']);
    if (typeof min === 'string' && WEAK.has(min))
      return [{ message: `distribution '${r.name}' allows ${min}`, at: [...vc, 'MinimumProtocolVersion'] }];
    // With a custom certificate and no MinimumProtocolVersion, CloudFront defaults to TLSv1.
    const cert = get(r.value, vc);
    if (
      min === undefined &&
      (get(cert, ['AcmCertificateArn']) !== undefined || get(cert, ['IamCertificateId']) !== undefined)
    ) {
      return [
        { message: `distribution '${r.name}' sets no MinimumProtocolVersion (defaults to TLSv1)`, at: vc },
      ];
    }
    const def = get(r.value, [...vc, 'CloudFrontDefaultCertificate']);
    if (def === true || def === 'true')
      return [
        {
          message: `distribution '${r.name}' uses the default CloudFront certificate (TLS 1.0 allowed)`,
          at: [...vc, 'CloudFrontDefaultCertificate'],
        },
      ];
    return [];
  },
});
