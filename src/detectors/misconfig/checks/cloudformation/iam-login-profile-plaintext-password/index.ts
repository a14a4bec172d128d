import { cfnCheck, get } from '../cfn.js';

// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-iam-user-loginprofile.html
export const iamLoginProfilePlaintextPassword = cfnCheck({
  id: 'PAL-CFN-056',
  slug: 'iam-login-profile-plaintext-password',
  title: 'IAM user console password is written in the template',
  severity: 'high',
  description:
    'A literal LoginProfile password (or a parameter default) is visible to anyone who can read the template or the stack, and in version control.',
  remediation:
    'Resolve the password from Secrets Manager ({{resolve:secretsmanager:…}}) or a NoEcho parameter without a default, and require a reset at first sign-in.',
  references: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-iam-user-loginprofile.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html',
  ],
  kics: ['IAM User LoginProfile Password Is In Plaintext'],
  resourceTypes: ['AWS::IAM::User'],
  evaluate(r) {
    const pw = get(r.value, ['Properties', 'LoginProfile', 'Password']);
    return typeof pw === 'string' && pw !== '' && !pw.startsWith('{{resolve:')
      ? [
          {
            message: `user '${r.name}' has a plaintext LoginProfile password`,
            at: ['Properties', 'LoginProfile', 'Password'],
          },
        ]
      : [];
  },
});
