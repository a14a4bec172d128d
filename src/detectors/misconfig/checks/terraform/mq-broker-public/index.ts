import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A public broker is reachable from the internet.
export const mqBrokerPublic: MisconfigCheck = {
  id: 'PAL-TF-074',
  slug: 'mq-broker-public',
  platform: 'terraform',
  title: 'Amazon MQ broker is publicly accessible',
  severity: 'high',
  description: 'A public broker is reachable from the internet.',
  remediation: 'Set publicly_accessible = false.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker'],
  kics: [],
  resourceTypes: ['aws_mq_broker'],
  evaluate: h.requireSetting(['publicly_accessible'], (v) => !h.isTrue(v), {
    flagMissing: false,
    bad: 'publicly_accessible is true',
  }),
};
