import { asArray, cfnCheck, get } from '../cfn.js';
import type { CheckResult } from '../../../check.js';

// https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html
export const cloudfrontOriginHttps = cfnCheck({
  id: 'PAL-CFN-087',
  slug: 'cloudfront-origin-https',
  title: 'CloudFront talks to a custom origin over plain HTTP',
  severity: 'medium',
  description:
    'OriginProtocolPolicy http-only (or match-viewer with HTTP viewers) sends requests, cookies and responses unencrypted between CloudFront and the origin across the internet.',
  remediation: 'Set CustomOriginConfig.OriginProtocolPolicy to https-only with OriginSSLProtocols [TLSv1.2].',
  references: [
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html',
  ],
  resourceTypes: ['AWS::CloudFront::Distribution'],
  evaluate(r) {
    const out: CheckResult[] = [];
    const origins = ['Properties', 'DistributionConfig', 'Origins'];
    asArray(get(r.value, origins)).forEach((o, i) => {
      const at = [...origins, i, 'CustomOriginConfig', 'OriginProtocolPolicy'];
      if (get(r.value, at) === 'http-only')
        out.push({
          message: `distribution '${r.name}' origin '${String(get(o, ['Id']))}' uses http-only`,
          at,
        });
    });
    return out;
  },
});
