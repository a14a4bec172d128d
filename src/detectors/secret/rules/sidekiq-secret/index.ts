import type { SecretRule } from '../../rule.js';

/**
 * Sidekiq Pro/Enterprise gem server credentials. Bundler credentials (`user:password`, 8 hex each) for the commercial Sidekiq gem servers, set through BUNDLE_* variables.
 * https://github.com/sidekiq/sidekiq/wiki/Commercial-FAQ
 */
export const rule: SecretRule = {
  id: 'sidekiq-secret',
  title: 'Sidekiq Pro/Enterprise gem server credentials',
  severity: 'high',
  keywords: ['contribsys__com'],
  regex:
    /BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM["']?[ \t]{0,8}[=:][ \t]{0,4}["']?([a-f0-9]{8}:[a-f0-9]{8})(?![\w:])/i,
  entropy: 2.5,
  docs: 'https://github.com/sidekiq/sidekiq/wiki/Commercial-FAQ',
  remediation:
    'Revoke the credential in Contributed Systems, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=3a12c231:4a327de5',
      'BUNDLE_GEMS__CONTRIBSYS__COM: "ccf29168:29ef7fc5"',
    ],
    negative: [
      'BUNDLE_GEMS__CONTRIBSYS__COM: ${SIDEKIQ_CREDS}',
      'BUNDLE_GEMS__CONTRIBSYS__COM=00000000:00000000',
    ],
  },
};
