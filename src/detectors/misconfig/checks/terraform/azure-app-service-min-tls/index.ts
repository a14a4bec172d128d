import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// TLS 1.0/1.1 are deprecated and weak.
export const azureAppServiceMinTls: MisconfigCheck = {
  id: 'PAL-TF-098',
  slug: 'azure-app-service-min-tls',
  platform: 'terraform',
  title: 'App Service allows TLS below 1.2',
  severity: 'medium',
  description: 'TLS 1.0/1.1 are deprecated and weak.',
  remediation: 'Set site_config { min_tls_version = "1.2" }.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/app_service',
    'CIS Microsoft Azure Foundations 9.3',
  ],
  kics: [],
  resourceTypes: ['azurerm_app_service'],
  evaluate: h.requireSetting(['site_config', 0, 'min_tls_version'], (v) => v === '1.2' || v === '1.3', {
    flagMissing: false,
    bad: 'site_config.min_tls_version is "1.0"',
  }),
};
