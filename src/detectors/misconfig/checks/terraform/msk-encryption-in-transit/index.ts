import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Plaintext Kafka traffic exposes messages on the network.
export const mskEncryptionInTransit: MisconfigCheck = {
  id: 'PAL-TF-066',
  slug: 'msk-encryption-in-transit',
  platform: 'terraform',
  title: 'MSK cluster allows plaintext client traffic',
  severity: 'high',
  description: 'Plaintext Kafka traffic exposes messages on the network.',
  remediation: 'Set client_broker = "TLS".',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster'],
  kics: ['MSK Cluster Encryption Disabled'],
  resourceTypes: ['aws_msk_cluster'],
  evaluate: h.requireSetting(
    ['encryption_info', 0, 'encryption_in_transit', 0, 'client_broker'],
    (v) => v === 'TLS',
    { flagMissing: false, bad: 'encryption_info.encryption_in_transit.client_broker is "PLAINTEXT"' },
  ),
};
