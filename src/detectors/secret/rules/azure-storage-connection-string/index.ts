import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Storage account keys are 64 random bytes in base64 (88 characters ending in `==`), found in
 * `AccountKey=` of connection strings.
 */
export const rule: SecretRule = {
  id: "azure-storage-connection-string",
  title: "Azure Storage account key in a connection string",
  severity: 'critical',
  keywords: ["accountkey"],
  regex: /AccountKey\s{0,2}=\s{0,2}([A-Za-z0-9+\/]{86}==)/i,
  entropy: 4.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string",
  remediation: "Rotate the storage account key (both keys if unsure) and move to Entra ID auth or SAS with expiry.",
  examples: {
    positive: [
      "DefaultEndpointsProtocol=https;AccountName=invoicesprod;AccountKey=GRanc/AbCNWddooazVW6D3Ek3PXfKHja5UfYEuHWKSu8DsAnRfwV5srCLFfHHQcMZHP59YzK4D6/gLtHW+zQYc==;EndpointSuffix=core.windows.net",
      "\"AzureWebJobsStorage\": \"DefaultEndpointsProtocol=https;AccountName=fnapp01;AccountKey=85nN7jF30XioDzH+nrWHutV3l+sMO927u2At1YvpmM5NyTFFrCVY0dXO5PcjfZ2b30m8kvm+W8mdAd3Vss1mMN==\",",
    ],
    negative: [
      "AccountKey=XXXXXXXvdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
      "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=${STORAGE_KEY}",
      "AccountKey=7QoIQH1YUDml66yBGQAd7xbpGuBQR2rBWxoQ43iE==",
    ],
  },
};
