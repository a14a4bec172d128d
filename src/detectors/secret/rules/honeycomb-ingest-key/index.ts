import type { SecretRule } from '../../rule.js';

/**
 * Honeycomb ingest or management key. Ingest keys (`hcaik_`/`hcxik_`) and management keys (`hcamk_`/`hcxmk_`): prefix + 58 characters.
 * https://docs.honeycomb.io/get-started/configure/environments/manage-api-keys/
 */
export const rule: SecretRule = {
  id: 'honeycomb-ingest-key',
  title: 'Honeycomb ingest or management key',
  severity: 'high',
  keywords: ['hcaik_', 'hcxik_', 'hcamk_', 'hcxmk_'],
  regex: /(?<![\w-])(hc[ax][im]k_[0-9a-z]{58})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://docs.honeycomb.io/get-started/configure/environments/manage-api-keys/',
  remediation:
    'Revoke the credential in Honeycomb, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=hcaik_m8octg0a57un78hvxtwyhwnvouj4lnht57mtmurmiddznvcq05dn7q3b3g"',
      'key: hcxik_55cvqtf8d50jtjyt7moi7hnp0ozyo4cs774mxowx95slhnjbxp0fl0ztcp',
      'HONEYCOMB_MGMT=hcamk_srd7bjfca1qc8zokwhykhp8wokpzk7u08t4kj8bh1gvhc17vhmkdbnh11x',
      'mgmt=hcxmk_6dcy9nfkos2yr5v3tdwbmc85hf1e06qazjhburfwc1nfjxdy4jtu3qpl7t',
    ],
    negative: [
      'x-honeycomb-team=hcaik_a1pq5kfjbolic3orodyj',
      'hcaik_0000000000000000000000000000000000000000000000000000000000',
    ],
  },
};
