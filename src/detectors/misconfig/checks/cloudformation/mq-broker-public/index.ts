import { cfnCheck, checkSetting, mustNotBeTrue } from '../cfn.js';

// https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html
export const mqBrokerPublic = cfnCheck({
  id: 'PAL-CFN-153',
  slug: 'mq-broker-public',
  title: 'Amazon MQ broker is publicly accessible',
  severity: 'high',
  description:
    'A public broker endpoint exposes the message broker (and its web console) to password guessing and exploits from the internet.',
  remediation: 'Set PubliclyAccessible to false and reach the broker from inside the VPC.',
  references: ['https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html'],
  kics: ['MQ Broker Is Publicly Accessible'],
  resourceTypes: ['AWS::AmazonMQ::Broker'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'PubliclyAccessible'],
      ok: mustNotBeTrue,
      missingOk: true,
      problem: 'is publicly accessible',
    }),
});
