import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Granting a role on the key ring to allUsers or allAuthenticatedUsers opens it to anyone on the internet.
export const gcpKmsKeyRingPublic: MisconfigCheck = {
  id: 'PAL-TF-120',
  slug: 'gcp-kms-key-ring-public',
  platform: 'terraform',
  title: 'Cloud KMS key ring is publicly accessible',
  severity: 'high',
  description:
    'Granting a role on the key ring to allUsers or allAuthenticatedUsers opens it to anyone on the internet.',
  remediation: 'Grant roles to specific users, groups or service accounts.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/kms_key_ring_iam_member',
    'CIS Google Cloud Platform Foundation 1.x (no public IAM)',
  ],
  kics: ['Cloud KMS Key Ring is anonymously or publicly accessible'],
  resourceTypes: [
    'google_kms_key_ring_iam_member',
    'google_kms_key_ring_iam_binding',
    'google_kms_key_ring_iam_policy',
  ],
  evaluate: (r) => h.gcpPublicMembers(r),
};
