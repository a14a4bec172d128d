import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// FTP sends deployment credentials and code in clear text.
export const azureFunctionAppFtps: MisconfigCheck = {
  id: 'PAL-TF-136',
  slug: 'azure-function-app-ftps',
  platform: 'terraform',
  title: 'Function App allows plain FTP deployments',
  severity: 'medium',
  description: 'FTP sends deployment credentials and code in clear text.',
  remediation: 'Set site_config { ftps_state = "Disabled" or "FtpsOnly" }.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/function_app',
    'CIS Microsoft Azure Foundations 9.10',
  ],
  kics: ['Function App FTPS Enforce Disabled'],
  resourceTypes: ['azurerm_function_app', 'azurerm_app_service'],
  evaluate: h.requireSetting(['site_config', 0, 'ftps_state'], (v) => v !== 'AllAllowed', {
    flagMissing: false,
    bad: 'site_config.ftps_state is "AllAllowed"',
  }),
};
