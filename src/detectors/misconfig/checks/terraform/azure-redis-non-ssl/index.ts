import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// The non-SSL port sends cache data in clear text.
export const azureRedisNonSsl: MisconfigCheck = {
  id: 'PAL-TF-100',
  slug: 'azure-redis-non-ssl',
  platform: 'terraform',
  title: 'Azure Redis cache allows non-SSL connections',
  severity: 'medium',
  description: 'The non-SSL port sends cache data in clear text.',
  remediation: 'Set enable_non_ssl_port = false.',
  references: ['https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache'],
  kics: ['Redis Cache Allows Non SSL Connections'],
  resourceTypes: ['azurerm_redis_cache'],
  evaluate: h.requireSetting(['enable_non_ssl_port'], (v) => !h.isTrue(v), {
    flagMissing: false,
    bad: 'enable_non_ssl_port is true',
  }),
};
