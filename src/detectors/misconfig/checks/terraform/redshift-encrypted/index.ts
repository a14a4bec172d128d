import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Warehouse data and snapshots are unencrypted at rest.
export const redshiftEncrypted: MisconfigCheck = {
  id: 'PAL-TF-036',
  slug: 'redshift-encrypted',
  platform: 'terraform',
  title: 'Redshift cluster is not encrypted',
  severity: 'high',
  description: 'Warehouse data and snapshots are unencrypted at rest.',
  remediation: 'Set encrypted = true with kms_key_id.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster',
  ],
  kics: [],
  resourceTypes: ['aws_redshift_cluster'],
  evaluate: h.requireSetting(['encrypted'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'encrypted is false',
    missing: 'encrypted is not set',
  }),
};
