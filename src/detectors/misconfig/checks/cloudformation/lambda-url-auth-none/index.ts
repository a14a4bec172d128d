import { cfnCheck, get } from '../cfn.js';

// https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html
export const lambdaUrlAuthNone = cfnCheck({
  id: 'PAL-CFN-073',
  slug: 'lambda-url-auth-none',
  title: 'Lambda function URL has no authentication',
  severity: 'medium',
  description:
    'AuthType NONE makes the function callable by anyone on the internet who finds the URL; the function must then do all authentication itself.',
  remediation: 'Use AuthType AWS_IAM, or put the function behind API Gateway with an authorizer.',
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html'],
  resourceTypes: ['AWS::Lambda::Url', 'AWS::Serverless::Function'],
  evaluate(r) {
    const at =
      r.type === 'AWS::Lambda::Url'
        ? ['Properties', 'AuthType']
        : ['Properties', 'FunctionUrlConfig', 'AuthType'];
    return get(r.value, at) === 'NONE' ? [{ message: `function URL '${r.name}' has AuthType NONE`, at }] : [];
  },
});
