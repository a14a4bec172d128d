import { cfnCheck, checkSetting, mustBeTrue } from '../cfn.js';

// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-api.html#sam-api-tracingenabled
export const samApiTracing = cfnCheck({
  id: 'PAL-CFN-143',
  slug: 'sam-api-tracing',
  title: 'SAM API has X-Ray tracing disabled',
  severity: 'low',
  description:
    'Without tracing, requests cannot be followed from API Gateway through the functions behind it when investigating failures or abuse.',
  remediation: 'Set TracingEnabled: true on the AWS::Serverless::Api (or in Globals.Api).',
  references: [
    'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-api.html',
    'https://docs.aws.amazon.com/xray/latest/devguide/xray-services-apigateway.html',
  ],
  kics: ['Serverless API X-Ray Tracing Disabled'],
  resourceTypes: ['AWS::Serverless::Api'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'TracingEnabled'],
      ok: mustBeTrue,
      problem: 'has tracing disabled',
    }),
});
