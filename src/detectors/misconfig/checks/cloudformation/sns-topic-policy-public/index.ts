import { cfnCheck, publicAllowStatements } from '../cfn.js';

// https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html
export const snsTopicPolicyPublic = cfnCheck({
  id: 'PAL-CFN-151',
  slug: 'sns-topic-policy-public',
  title: 'SNS topic policy allows any principal',
  severity: 'high',
  description:
    'Principal "*" without conditions lets any AWS account publish to or subscribe to the topic, leaking or spoofing notifications.',
  remediation:
    'Name the accounts or services allowed, or add conditions such as aws:SourceArn / aws:SourceOwner.',
  references: [
    'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html',
    'https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html',
  ],
  kics: ['SNS Topic is Publicly Accessible'],
  resourceTypes: ['AWS::SNS::TopicPolicy'],
  evaluate(r) {
    return publicAllowStatements(r, ['Properties', 'PolicyDocument']).map(() => ({
      message: `topic policy '${r.name}' allows every principal ("*")`,
      at: ['Properties', 'PolicyDocument'],
    }));
  },
});
