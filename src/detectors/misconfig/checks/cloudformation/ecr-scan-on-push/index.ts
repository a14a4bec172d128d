import { cfnCheck, checkSetting, mustBeTrue } from '../cfn.js';

// https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html
export const ecrScanOnPush = cfnCheck({
  id: 'PAL-CFN-110',
  slug: 'ecr-scan-on-push',
  title: 'ECR repository does not scan images on push',
  severity: 'low',
  description:
    'Without scan on push, images with known vulnerabilities are stored and deployed without any signal.',
  remediation:
    'Set ImageScanningConfiguration.ScanOnPush to true (or enable enhanced scanning in the registry).',
  references: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html'],
  kics: ['Unscanned ECR Image'],
  resourceTypes: ['AWS::ECR::Repository'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'ImageScanningConfiguration', 'ScanOnPush'],
      ok: mustBeTrue,
      problem: 'does not scan images on push',
    }),
});
