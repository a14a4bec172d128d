import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// The app can be reached over plain HTTP.
export const azureAppServiceHttpsOnly: MisconfigCheck = {
  id: 'PAL-TF-097',
  slug: 'azure-app-service-https-only',
  platform: 'terraform',
  title: 'App Service accepts HTTP',
  severity: 'medium',
  description: 'The app can be reached over plain HTTP.',
  remediation: 'Set https_only = true.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/app_service',
    'CIS Microsoft Azure Foundations 9.2',
  ],
  kics: [],
  resourceTypes: [
    'azurerm_app_service',
    'azurerm_linux_web_app',
    'azurerm_windows_web_app',
    'azurerm_function_app',
    'azurerm_linux_function_app',
  ],
  evaluate: h.requireSetting(['https_only'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'https_only is false',
    missing: 'https_only is not set',
  }),
};
