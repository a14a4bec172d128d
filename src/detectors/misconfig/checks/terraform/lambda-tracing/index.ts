import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without tracing, failures and abuse across services are hard to follow.
export const lambdaTracing: MisconfigCheck = {
  id: 'PAL-TF-048',
  slug: 'lambda-tracing',
  platform: 'terraform',
  title: 'Lambda X-Ray tracing is disabled',
  severity: 'low',
  description: 'Without tracing, failures and abuse across services are hard to follow.',
  remediation: 'Add tracing_config { mode = "Active" }.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function'],
  kics: [],
  resourceTypes: ['aws_lambda_function'],
  evaluate: h.requireSetting(['tracing_config', 0, 'mode'], (v) => v === 'Active', {
    flagMissing: true,
    bad: 'tracing_config.mode is "PassThrough"',
    missing: 'tracing_config.mode is not set',
  }),
};
