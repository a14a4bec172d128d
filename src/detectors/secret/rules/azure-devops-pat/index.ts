import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Classic Azure DevOps PATs are 52 lower-case base32 characters without a prefix, so they are only
 * reported next to an Azure DevOps name.
 */
export const rule: SecretRule = {
  id: "azure-devops-pat",
  title: "Azure DevOps personal access token",
  severity: 'high',
  keywords: ["azure", "devops", "ado", "vsts", "azdo"],
  regex: /(?:azure|devops|ado|vsts|azdo|tfs)[\w.-]{0,30}?["\']?\s{0,3}(?:=|:=|:|=>|\s)\s{0,3}["\']?([a-z2-7]{52})(?![A-Za-z0-9_-])/i,
  entropy: 4,
  allowlist: [...PLACEHOLDERS],
  docs: "https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate",
  examples: {
    positive: [
      "AZURE_DEVOPS_EXT_PAT=eovu22x65ekrxnphnyqgqvz3yjww4tekhp6f6em66esycaemx5lk",
      "  ado_token: \"vysnjcgdxlfka7amowpjynqx2d45foldq4iw3n4c5jnkupret5xz\"",
      "export VSTS_PAT=helx3ssidgcqomaj4q57cwceurbw7qqihbpkxp2c7xmhybu2gstl",
      "AZDO_PERSONAL_ACCESS_TOKEN=eovu22x65ekrxnphnyqgqvz3yjww4tekhp6f6em66esycaemx5lk",
      "devops_pat = \"eovu22x65ekrxnphnyqgqvz3yjww4tekhp6f6em66esycaemx5lk\"",
    ],
    negative: [
      "AZURE_DEVOPS_EXT_PAT=eovu22x65ekrxnphnyqgqvz3yjww4tekhp6f6em6",
      "AZURE_DEVOPS_EXT_PAT=$(System.AccessToken)",
      "azure_blob_name = \"EOVU22X65EKRXNPHNYQGQVZ3YJWW4TEKHP6F6EM66ESYCAEMX5LK1\"",
    ],
  },
};
