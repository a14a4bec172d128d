import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Cached DynamoDB data is unencrypted at rest.
export const daxEncrypted: MisconfigCheck = {
  id: 'PAL-TF-068',
  slug: 'dax-encrypted',
  platform: 'terraform',
  title: 'DAX cluster is not encrypted',
  severity: 'medium',
  description: 'Cached DynamoDB data is unencrypted at rest.',
  remediation: 'Add server_side_encryption { enabled = true }.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dax_cluster'],
  kics: ['DAX Cluster Not Encrypted'],
  resourceTypes: ['aws_dax_cluster'],
  evaluate: h.requireSetting(['server_side_encryption', 0, 'enabled'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'server_side_encryption.enabled is false',
    missing: 'server_side_encryption.enabled is not set',
  }),
};
