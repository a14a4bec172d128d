import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// HTTP/2 brings header compression and fixes head-of-line blocking; CIS asks for it.
export const azureFunctionAppHttp2: MisconfigCheck = {
  id: 'PAL-TF-137',
  slug: 'azure-function-app-http2',
  platform: 'terraform',
  title: 'Function App HTTP/2 is disabled',
  severity: 'low',
  description: 'HTTP/2 brings header compression and fixes head-of-line blocking; CIS asks for it.',
  remediation: 'Set site_config { http2_enabled = true }.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/function_app',
    'CIS Microsoft Azure Foundations 9.9',
  ],
  kics: ['Function App HTTP2 Disabled'],
  resourceTypes: ['azurerm_function_app'],
  evaluate: h.requireSetting(['site_config', 0, 'http2_enabled'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'site_config.http2_enabled is false',
    missing: 'site_config.http2_enabled is not set',
  }),
};
