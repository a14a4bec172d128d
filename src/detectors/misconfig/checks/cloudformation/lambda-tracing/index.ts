import { cfnCheck, get } from '../cfn.js';

// https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html ; SAM: Tracing: Active
export const lambdaTracing = cfnCheck({
  id: 'PAL-CFN-072',
  slug: 'lambda-tracing',
  title: 'Lambda function has X-Ray tracing disabled',
  severity: 'low',
  description:
    'Without active tracing, requests through the function cannot be followed across services, slowing down investigation of failures and abuse.',
  remediation: 'Set TracingConfig.Mode to Active (or Tracing: Active on SAM functions / Globals).',
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html'],
  kics: ['Serverless Function Without X-Ray Tracing'],
  resourceTypes: ['AWS::Lambda::Function', 'AWS::Serverless::Function'],
  evaluate(r) {
    const sam = r.type === 'AWS::Serverless::Function';
    const path = sam ? ['Properties', 'Tracing'] : ['Properties', 'TracingConfig', 'Mode'];
    const v = get(r.value, path);
    if (v === 'Active' || (v !== undefined && typeof v !== 'string')) return [];
    if (v !== undefined) return [{ message: `function '${r.name}' sets tracing to ${String(v)}`, at: path }];
    return [
      {
        message: `function '${r.name}' has no active X-Ray tracing`,
        at: get(r.value, ['Properties']) !== undefined ? ['Properties'] : undefined,
      },
    ];
  },
});
