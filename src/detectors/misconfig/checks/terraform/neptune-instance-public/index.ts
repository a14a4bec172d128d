import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A public instance endpoint is reachable from the internet.
export const neptuneInstancePublic: MisconfigCheck = {
  id: 'PAL-TF-128',
  slug: 'neptune-instance-public',
  platform: 'terraform',
  title: 'Neptune instance is publicly accessible',
  severity: 'high',
  description: 'A public instance endpoint is reachable from the internet.',
  remediation: 'Set publicly_accessible = false.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster_instance',
  ],
  kics: ['Neptune Cluster Instance is Publicly Accessible'],
  resourceTypes: ['aws_neptune_cluster_instance'],
  evaluate: h.requireSetting(['publicly_accessible'], (v) => !h.isTrue(v), {
    flagMissing: false,
    bad: 'publicly_accessible is true',
  }),
};
