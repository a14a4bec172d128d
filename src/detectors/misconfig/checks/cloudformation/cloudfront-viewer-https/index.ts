import { asArray, cfnCheck, get } from '../cfn.js';
import type { CheckResult } from '../../../check.js';

// https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html
export const cloudfrontViewerHttps = cfnCheck({
  id: 'PAL-CFN-083',
  slug: 'cloudfront-viewer-https',
  title: 'CloudFront allows viewers to use plain HTTP',
  severity: 'medium',
  description:
    'ViewerProtocolPolicy allow-all serves content and cookies over unencrypted HTTP, open to interception and injection.',
  remediation:
    'Set ViewerProtocolPolicy to redirect-to-https or https-only on the default and every cache behavior.',
  references: [
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html',
  ],
  kics: [
    'Cloudfront Viewer Protocol Policy Allows HTTP',
    'Connection Between CloudFront Origin Not Encrypted',
  ],
  resourceTypes: ['AWS::CloudFront::Distribution'],
  evaluate(r) {
    const cfg = ['Properties', 'DistributionConfig'];
    const out: CheckResult[] = [];
    if (get(r.value, [...cfg, 'DefaultCacheBehavior', 'ViewerProtocolPolicy']) === 'allow-all') {
      out.push({
        message: `distribution '${r.name}' default cache behavior allows HTTP`,
        at: [...cfg, 'DefaultCacheBehavior', 'ViewerProtocolPolicy'],
      });
    }
    asArray(get(r.value, [...cfg, 'CacheBehaviors'])).forEach((b, i) => {
      if (get(b, ['ViewerProtocolPolicy']) === 'allow-all')
        out.push({
          message: `distribution '${r.name}' cache behavior #${i + 1} allows HTTP`,
          at: [...cfg, 'CacheBehaviors', i, 'ViewerProtocolPolicy'],
        });
    });
    return out;
  },
});
