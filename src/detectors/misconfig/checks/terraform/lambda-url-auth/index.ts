import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// authorization_type NONE makes the function callable by anyone on the internet.
export const lambdaUrlAuth: MisconfigCheck = {
  id: 'PAL-TF-049',
  slug: 'lambda-url-auth',
  platform: 'terraform',
  title: 'Lambda function URL has no authentication',
  severity: 'high',
  description: 'authorization_type NONE makes the function callable by anyone on the internet.',
  remediation: 'Use authorization_type = "AWS_IAM" or put the function behind an authenticated API.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function_url',
  ],
  kics: [],
  resourceTypes: ['aws_lambda_function_url'],
  evaluate: h.requireSetting(['authorization_type'], (v) => v !== 'NONE', {
    flagMissing: false,
    bad: 'authorization_type is "NONE"',
  }),
};
