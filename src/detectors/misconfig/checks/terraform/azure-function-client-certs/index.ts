import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without client certificates, any caller that reaches the app can invoke it.
export const azureFunctionClientCerts: MisconfigCheck = {
  id: 'PAL-TF-142',
  slug: 'azure-function-client-certs',
  platform: 'terraform',
  title: 'Function App does not require client certificates',
  severity: 'low',
  description: 'Without client certificates, any caller that reaches the app can invoke it.',
  remediation: 'Set client_cert_mode = "Required".',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/function_app',
  ],
  kics: ['Function App Client Certificates Unrequired'],
  resourceTypes: ['azurerm_function_app'],
  evaluate: h.requireSetting(['client_cert_mode'], (v) => v === 'Required', {
    flagMissing: true,
    bad: 'client_cert_mode is "Optional"',
    missing: 'client_cert_mode is not set',
  }),
};
