import { cfnCheck, get, isObj } from '../cfn.js';

/** Variable names that hold credentials, and the AWS access key id format (AKIA/ASIA + 16). */
const SECRET_NAME = /(pass(word|wd)?|secret|token|api_?key|private_?key|credential|access_?key)/i;
const AWS_KEY = /\b(AKIA|ASIA)[0-9A-Z]{16}\b/;

// https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption
export const lambdaEnvSecrets = cfnCheck({
  id: 'PAL-CFN-071',
  slug: 'lambda-env-secrets',
  title: 'Lambda environment variable holds a plaintext secret',
  severity: 'high',
  description:
    'Environment variables are visible to anyone who can read the function configuration or the template; secrets there leak through the console, the API and version control.',
  remediation:
    'Store the secret in Secrets Manager or SSM Parameter Store (SecureString) and read it at runtime, or use a {{resolve:secretsmanager:…}} dynamic reference.',
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html',
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html',
  ],
  resourceTypes: ['AWS::Lambda::Function', 'AWS::Serverless::Function'],
  evaluate(r) {
    const vars = get(r.value, ['Properties', 'Environment', 'Variables']);
    if (!isObj(vars)) return [];
    return Object.entries(vars).flatMap(([name, v]) => {
      if (typeof v !== 'string' || v.length < 4 || v.startsWith('{{resolve:')) return [];
      if (AWS_KEY.test(v))
        return [
          {
            message: `function '${r.name}' has an AWS access key in environment variable ${name}`,
            at: ['Properties', 'Environment', 'Variables', name],
          },
        ];
      // Names like TOKEN_TABLE or SECRET_ARN point at a secret rather than holding one.
      if (
        SECRET_NAME.test(name) &&
        !/(_ARN|_NAME|_ID|_TABLE|_URL|_PATH|_PARAM|_KEY_ID)$/i.test(name) &&
        !/^arn:|^\/|^\$\{/.test(v)
      ) {
        return [
          {
            message: `function '${r.name}' has a literal value in environment variable ${name}`,
            at: ['Properties', 'Environment', 'Variables', name],
          },
        ];
      }
      return [];
    });
  },
});
