import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Secrets in environment variables are stored in state and readable by anyone with lambda:GetFunctionConfiguration.
export const lambdaEnvSecrets: MisconfigCheck = {
  id: 'PAL-TF-083',
  slug: 'lambda-env-secrets',
  platform: 'terraform',
  title: 'Lambda environment variable holds a secret',
  severity: 'high',
  description:
    'Secrets in environment variables are stored in state and readable by anyone with lambda:GetFunctionConfiguration.',
  remediation: 'Read secrets at runtime from Secrets Manager or SSM Parameter Store.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function'],
  kics: ['Hardcoded AWS Access Key In Lambda'],
  resourceTypes: ['aws_lambda_function'],
  evaluate: (r) => {
    const vars = h.get(r.value, ['environment', 0, 'variables']);
    if (!vars || typeof vars !== 'object') return [];
    return Object.entries(vars as Record<string, unknown>)
      .filter(
        ([k, v]) =>
          typeof v === 'string' &&
          !h.isUnknown(v) &&
          v !== '' &&
          (/^(AKIA|ASIA)[A-Z0-9]{16}$/.test(v) ||
            (/(SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|PRIVATE_?KEY)/i.test(k) &&
              !/(_PARAM|_ARN|_NAME|_PATH|_ID|_FILE)$/i.test(k) &&
              !/^(arn:|\/|\$\{)/.test(v))),
      )
      .map(([k]) => ({
        message: `${r.name}: environment variable ${k} holds a literal secret`,
        at: ['environment', 0, 'variables', k],
      }));
  },
};
