import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Azure DevOps PATs issued since 2024 are 84 characters with the `AZDO` signature at offset 76.
 */
export const rule: SecretRule = {
  id: "azure-devops-pat-v2",
  title: "Azure DevOps personal access token (84 characters)",
  severity: 'high',
  keywords: ["azdo"],
  regex: /(?<![A-Za-z0-9_-])([A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9_-])/,
  entropy: 4,
  allowlist: [...PLACEHOLDERS],
  docs: "https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate",
  examples: {
    positive: [
      "AZURE_DEVOPS_PAT=rWsbMYS5yN1oetbcDPkxSPiUXaP4FxGrkcDf2S8J1eJADeAkN736EJAO72X2b5qRdZ2ce8zIc2n6AZDOMPsA",
      "git clone https://pat:rWsbMYS5yN1oetbcDPkxSPiUXaP4FxGrkcDf2S8J1eJADeAkN736EJAO72X2b5qRdZ2ce8zIc2n6AZDOMPsA@dev.azure.com/contoso/app/_git/app",
    ],
    negative: [
      "AZURE_DEVOPS_PAT=rWsbMYS5yN1oetbcDPkxSPiUXaP4FxGrkcDf2S8J1eJADeAkN736EJAO72X2b5qRdZ2ce8AZDO7aFM",
      "x=rWsbMYS5yN1oetbcDPkxSPiUXaP4FxGrkcDf2S8J1eJADeAkN736EJAO72X2b5qRdZ2ce8zIc2n6AZDXlFwX",
    ],
  },
};
