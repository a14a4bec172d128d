import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * An 88-character base64 storage account key assigned to a storage/account key name.
 */
export const rule: SecretRule = {
  id: "azure-storage-account-key",
  title: "Azure Storage account key",
  severity: 'critical',
  keywords: ["storage", "account"],
  regex: /(?:storage|account)[\w.-]{0,20}?key[\w.-]{0,10}?["\']?\s{0,3}(?:=|:=|:|=>|\s)\s{0,3}["\']?([A-Za-z0-9+\/]{86}==)(?![A-Za-z0-9+\/=])/i,
  entropy: 4.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage",
  examples: {
    positive: [
      "AZURE_STORAGE_KEY=\"DBTwE27wh77HbLYQZ/9pnLDSwHxk64vTghza2pqlud/w1Nw4KgEj/KY88bv8/LUTElkwmfMKKbtdIJYSFsA5jH==\"",
      "storage_account_access_key = \"GRanc/AbCNWddooazVW6D3Ek3PXfKHja5UfYEuHWKSu8DsAnRfwV5srCLFfHHQcMZHP59YzK4D6/gLtHW+zQYc==\"",
      "  accountKey: L7lIecb7LAVFwxtktIvq47QSXg72vNy6Wgd4TYLC/y3OloR0gLSp5s+kxV5zZJHE3P1G1AkFUX6Fx1l3DD4U2D==",
    ],
    negative: [
      "AZURE_STORAGE_KEY=\"DBTwE27wh77HbLYQZ/9pnLDSwHxk64vTghza2pqlud/w1Nw4KgEj/KY88bv8\"",
      "storage_account_access_key = azurerm_storage_account.main.primary_access_key",
      "cache_key = \"DBTwE27wh77HbLYQZ/9pnLDSwHxk64vTghza2pqlud/w1Nw4KgEj/KY88bv8/LUTElkwmfMKKbtdIJYSFsA5jH==\"",
    ],
  },
};
