import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Artifactory API keys (deprecated but still live) begin with `AKCp` and are 73 characters.
 */
export const rule: SecretRule = {
  id: "artifactory-api-key",
  title: "JFrog Artifactory API key",
  severity: 'high',
  keywords: ["akcp"],
  regex: /(?<![A-Za-z0-9_-])(AKCp[A-Za-z0-9]{69})(?![A-Za-z0-9_-])/,
  entropy: 4,
  allowlist: [...PLACEHOLDERS],
  docs: "https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key",
  examples: {
    positive: [
      "ARTIFACTORY_API_KEY=AKCpfUn2cEnh8VkHvskpb3ZtJB3WJEGwYzeqUxH7TmoA7sKpeRHMvjwVlEWqZOCePTnhpxtYo",
      "  <password>AKCpLcSWoQ1P4h4zkOR4OGc47al0tL5HbLb1lABle39aO7etnjKmO9AIoYpeclpzHy5jhXf1v</password>",
    ],
    negative: [
      "ARTIFACTORY_API_KEY=AKCpDv8FMGmcicHfUxGnP4t1dcYMriGcAl",
      "lowEntropy := AKCpXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    ],
  },
};
