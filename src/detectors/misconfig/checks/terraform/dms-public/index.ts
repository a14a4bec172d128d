import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A public replication instance exposes database traffic endpoints.
export const dmsPublic: MisconfigCheck = {
  id: 'PAL-TF-073',
  slug: 'dms-public',
  platform: 'terraform',
  title: 'DMS replication instance is publicly accessible',
  severity: 'high',
  description: 'A public replication instance exposes database traffic endpoints.',
  remediation: 'Set publicly_accessible = false.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_replication_instance',
  ],
  kics: [],
  resourceTypes: ['aws_dms_replication_instance'],
  evaluate: h.requireSetting(['publicly_accessible'], (v) => !h.isTrue(v), {
    flagMissing: false,
    bad: 'publicly_accessible is true',
  }),
};
