import type { SecretRule } from '../../rule.js';

/**
 * Cloudinary URL with API secret. CLOUDINARY_URL holds the API key and secret.
 * https://cloudinary.com/documentation/how_to_integrate_cloudinary#configure_the_sdk
 */
export const rule: SecretRule = {
  id: 'cloudinary-url',
  title: 'Cloudinary URL with API secret',
  severity: 'high',
  keywords: ['cloudinary://'],
  regex: /cloudinary:\/\/\d{6,16}:([A-Za-z0-9_-]{27})@[a-z0-9_-]{2,64}/i,
  entropy: 3.5,
  docs: 'https://cloudinary.com/documentation/how_to_integrate_cloudinary#configure_the_sdk',
  remediation:
    'Revoke the credential in Cloudinary, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'CLOUDINARY_URL=cloudinary://000656359630128:Dg4dSKGlwcnxq-uj0Kq6mLkzxZa@acme-media',
      "cloudinary.config(cloudinary_url='cloudinary://505864234539:7P3-kL1YmdOw5XKCfUvShGnjpQ2@demo')",
    ],
    negative: [
      'CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>',
      'cloudinary://123456789012345:abc@demo',
    ],
  },
};
