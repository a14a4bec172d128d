import { cfnCheck, checkSetting } from '../cfn.js';

// IMDSv2 blocks SSRF-style credential theft: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html
export const ec2Imdsv2 = cfnCheck({
  id: 'PAL-CFN-102',
  slug: 'ec2-imdsv2',
  title: 'Launch template does not require IMDSv2',
  severity: 'high',
  description:
    'With IMDSv1 allowed, a server-side request forgery in any application on the instance can read the instance role credentials from the metadata service.',
  remediation:
    'Set LaunchTemplateData.MetadataOptions.HttpTokens to required (and HttpPutResponseHopLimit 1 or 2 for containers).',
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-8',
  ],
  resourceTypes: ['AWS::EC2::LaunchTemplate'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'LaunchTemplateData', 'MetadataOptions', 'HttpTokens'],
      ok: (v) => v === 'required',
      problem: 'does not require IMDSv2',
    }),
});
