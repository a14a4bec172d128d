import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * RubyGems.org API keys: `rubygems_` plus 48 hex characters.
 */
export const rule: SecretRule = {
  id: "rubygems-api-key",
  title: "RubyGems API key",
  severity: 'critical',
  keywords: ["rubygems_"],
  regex: /(?<![A-Za-z0-9_-])(rubygems_[a-f0-9]{48})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://guides.rubygems.org/api-key-scopes/",
  examples: {
    positive: [
      "GEM_HOST_API_KEY=rubygems_5bc47f6b003a8582ca9f31fe7a905a5dbe4d6ba436debafe",
      ":rubygems_api_key: rubygems_811bfe895fac993ec6c1744b5078d5c24f83db504cff0d06",
    ],
    negative: [
      "GEM_HOST_API_KEY=rubygems_bd42a9b0c8b32885fa51ce3235fa09",
      "GEM_HOST_API_KEY=rubygems_000000000000000000000000000000000000000000000000",
    ],
  },
};
