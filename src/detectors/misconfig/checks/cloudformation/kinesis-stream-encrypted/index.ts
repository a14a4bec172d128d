import { cfnCheck, checkSetting, isObj } from '../cfn.js';

// https://docs.aws.amazon.com/streams/latest/dev/what-is-sse.html
export const kinesisStreamEncrypted = cfnCheck({
  id: 'PAL-CFN-040',
  slug: 'kinesis-stream-encrypted',
  title: 'Kinesis stream is not encrypted at rest',
  severity: 'medium',
  description:
    'Records in a stream without StreamEncryption are stored unencrypted for the whole retention period.',
  remediation: 'Set StreamEncryption with EncryptionType KMS and a KeyId (e.g. alias/aws/kinesis).',
  references: ['https://docs.aws.amazon.com/streams/latest/dev/what-is-sse.html'],
  resourceTypes: ['AWS::Kinesis::Stream'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'StreamEncryption'],
      ok: (v) => isObj(v) && v.EncryptionType !== 'NONE',
      problem: 'is not encrypted',
    }),
});
