import type { SecretRule } from '../../rule.js';

/**
 * LaunchDarkly server-side SDK key. Server-side SDK keys read every flag and segment of an environment.
 * https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys
 */
export const rule: SecretRule = {
  id: 'launchdarkly-sdk-key',
  title: 'LaunchDarkly server-side SDK key',
  severity: 'high',
  keywords: ['sdk-'],
  regex: /(?<![\w-])(sdk-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
  entropy: 3,
  docs: 'https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys',
  remediation:
    'Revoke the credential in LaunchDarkly, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'LAUNCHDARKLY_SDK_KEY=sdk-3766f168-f4a2-422a-a640-4d17f3d9f343',
      "ldclient.set_config(Config('sdk-232e3672-e5e2-4ff9-aa7f-6b5bb5c13b16'))",
    ],
    negative: [
      'LAUNCHDARKLY_SDK_KEY=sdk-xxxxxxxx',
      'LAUNCHDARKLY_MOBILE_KEY=mob-9f5acda5-c6b4-4d56-ac37-1c2af3bfa6c5',
    ],
  },
};
