import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A 0.0.0.0-255.255.255.255 rule exposes the database to the whole internet.
export const azureSqlFirewallAll: MisconfigCheck = {
  id: 'PAL-TF-092',
  slug: 'azure-sql-firewall-all',
  platform: 'terraform',
  title: 'Azure SQL firewall rule allows all addresses',
  severity: 'high',
  description: 'A 0.0.0.0-255.255.255.255 rule exposes the database to the whole internet.',
  remediation: 'Allow only the client ranges that need access.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/sql_firewall_rule',
    'CIS Microsoft Azure Foundations 4.1.2',
  ],
  kics: [],
  resourceTypes: [
    'azurerm_sql_firewall_rule',
    'azurerm_mssql_firewall_rule',
    'azurerm_postgresql_firewall_rule',
    'azurerm_mysql_firewall_rule',
  ],
  evaluate: (r) =>
    h.get(r.value, ['start_ip_address']) === '0.0.0.0' &&
    h.get(r.value, ['end_ip_address']) === '255.255.255.255'
      ? [{ message: `${r.name}: firewall rule allows every IPv4 address`, at: ['end_ip_address'] }]
      : [],
};
