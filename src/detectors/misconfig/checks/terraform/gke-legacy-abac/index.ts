import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Legacy ABAC grants broad, static permissions that bypass RBAC.
export const gkeLegacyAbac: MisconfigCheck = {
  id: 'PAL-TF-112',
  slug: 'gke-legacy-abac',
  platform: 'terraform',
  title: 'GKE legacy ABAC is enabled',
  severity: 'high',
  description: 'Legacy ABAC grants broad, static permissions that bypass RBAC.',
  remediation: 'Set enable_legacy_abac = false.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster',
    'CIS GKE Benchmark 5.8.3',
  ],
  kics: [],
  resourceTypes: ['google_container_cluster'],
  evaluate: h.requireSetting(['enable_legacy_abac'], (v) => !h.isTrue(v), {
    flagMissing: false,
    bad: 'enable_legacy_abac is true',
  }),
};
