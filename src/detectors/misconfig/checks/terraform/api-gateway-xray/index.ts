import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without tracing, request paths through the API are invisible.
export const apiGatewayXray: MisconfigCheck = {
  id: 'PAL-TF-072',
  slug: 'api-gateway-xray',
  platform: 'terraform',
  title: 'API Gateway stage has X-Ray tracing disabled',
  severity: 'low',
  description: 'Without tracing, request paths through the API are invisible.',
  remediation: 'Set xray_tracing_enabled = true.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage',
  ],
  kics: ['API Gateway X-Ray Disabled'],
  resourceTypes: ['aws_api_gateway_stage'],
  evaluate: h.requireSetting(['xray_tracing_enabled'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'xray_tracing_enabled is false',
    missing: 'xray_tracing_enabled is not set',
  }),
};
