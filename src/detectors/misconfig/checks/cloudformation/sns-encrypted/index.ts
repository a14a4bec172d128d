import { cfnCheck, checkSetting, nonEmpty } from '../cfn.js';

// https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html
export const snsEncrypted = cfnCheck({
  id: 'PAL-CFN-032',
  slug: 'sns-encrypted',
  title: 'SNS topic is not encrypted at rest',
  severity: 'medium',
  description: 'Without KmsMasterKeyId, messages published to the topic are stored unencrypted by SNS.',
  remediation: 'Set KmsMasterKeyId to a customer managed key or alias/aws/sns.',
  references: ['https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html'],
  resourceTypes: ['AWS::SNS::Topic'],
  evaluate: (r) =>
    checkSetting(r, { path: ['Properties', 'KmsMasterKeyId'], ok: nonEmpty, problem: 'is not encrypted' }),
});
