import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// HTTP/2 brings header compression and fixes head-of-line blocking; CIS asks for it.
export const azureAppServiceHttp2: MisconfigCheck = {
  id: 'PAL-TF-138',
  slug: 'azure-app-service-http2',
  platform: 'terraform',
  title: 'App Service HTTP/2 is disabled',
  severity: 'low',
  description: 'HTTP/2 brings header compression and fixes head-of-line blocking; CIS asks for it.',
  remediation: 'Set site_config { http2_enabled = true }.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/app_service',
    'CIS Microsoft Azure Foundations 9.9',
  ],
  kics: ['App Service HTTP2 Disabled'],
  resourceTypes: ['azurerm_app_service'],
  evaluate: h.requireSetting(['site_config', 0, 'http2_enabled'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'site_config.http2_enabled is false',
    missing: 'site_config.http2_enabled is not set',
  }),
};
