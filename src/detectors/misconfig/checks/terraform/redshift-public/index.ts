import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A public cluster endpoint is reachable from the internet.
export const redshiftPublic: MisconfigCheck = {
  id: 'PAL-TF-037',
  slug: 'redshift-public',
  platform: 'terraform',
  title: 'Redshift cluster is publicly accessible',
  severity: 'critical',
  description: 'A public cluster endpoint is reachable from the internet.',
  remediation: 'Set publicly_accessible = false.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster',
  ],
  kics: ['Redshift Publicly Accessible'],
  resourceTypes: ['aws_redshift_cluster'],
  evaluate: h.requireSetting(['publicly_accessible'], (v) => !h.isTrue(v), {
    flagMissing: false,
    bad: 'publicly_accessible is true',
  }),
};
