import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * nuget.org API keys are 46 lower-case alphanumerics starting with `oy2`.
 */
export const rule: SecretRule = {
  id: "nuget-api-key",
  title: "NuGet API key",
  severity: 'high',
  keywords: ["oy2"],
  regex: /(?<![A-Za-z0-9_-])(oy2[a-z0-9]{43})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://learn.microsoft.com/en-us/nuget/nuget-org/publish-a-package#create-an-api-key",
  examples: {
    positive: [
      "dotnet nuget push pkg.nupkg --api-key oy2c10h9modhmadt0tprefnv1it28m6ldmnhz019t35fhs --source https://api.nuget.org/v3/index.json",
      "NUGET_API_KEY=oy2jk4vkmo7quvgjictv3s2aiji86t0bmxmld5n5rqnq21",
    ],
    negative: [
      "NUGET_API_KEY=oy2x2knz061zotm6kp7rboz",
      "NUGET_API_KEY=oy2933BYQBXP7XL8VB66VUS1Y3IB9RHH7NAMR7PPDHYK7A",
      "NUGET_API_KEY=oy2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    ],
  },
};
