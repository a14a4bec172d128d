import type { SecretRule } from '../../rule.js';

/**
 * Sidekiq Pro/Enterprise gem server URL with credentials. Gemfile sources that embed the `user:password` of the commercial gem servers.
 * https://github.com/sidekiq/sidekiq/wiki/Commercial-FAQ
 */
export const rule: SecretRule = {
  id: 'sidekiq-sensitive-url',
  title: 'Sidekiq Pro/Enterprise gem server URL with credentials',
  severity: 'high',
  keywords: ['contribsys.com'],
  regex: /https?:\/\/([a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\.contribsys\.com(?![\w-])/i,
  entropy: 2.5,
  docs: 'https://github.com/sidekiq/sidekiq/wiki/Commercial-FAQ',
  remediation:
    'Revoke the credential in Contributed Systems, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'source "https://a1cad392:6e0f29b9@gems.contribsys.com/" do',
      'http://bc01b4f6:3ccf7e71@enterprise.contribsys.com:80/path',
    ],
    negative: ['source "https://gems.contribsys.com/"', 'https://00000000:00000000@gems.contribsys.com/'],
  },
};
