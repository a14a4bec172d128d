import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Project-wide serial-port-enable turns on the interactive serial console of every instance, reachable from any IP address.
export const gcpProjectSerialPort: MisconfigCheck = {
  id: 'PAL-TF-118',
  slug: 'gcp-project-serial-port',
  platform: 'terraform',
  title: 'Project metadata enables the serial port on every VM',
  severity: 'medium',
  description:
    'Project-wide serial-port-enable turns on the interactive serial console of every instance, reachable from any IP address.',
  remediation: 'Remove serial-port-enable from project metadata.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_project_metadata',
    'CIS Google Cloud Platform Foundation 4.5',
  ],
  kics: ['Serial Ports Are Enabled For VM Instances'],
  resourceTypes: ['google_compute_project_metadata', 'google_compute_project_metadata_item'],
  evaluate: (r) => {
    if (r.type === 'google_compute_project_metadata_item') {
      const on =
        h.get(r.value, ['key']) === 'serial-port-enable' &&
        /^(true|1)$/i.test(String(h.get(r.value, ['value'])));
      return on ? [{ message: `${r.name}: serial-port-enable is on for the project`, at: ['value'] }] : [];
    }
    const v = h.get(r.value, ['metadata', 'serial-port-enable']);
    return /^(true|1)$/i.test(String(v))
      ? [
          {
            message: `${r.name}: serial-port-enable is on for the project`,
            at: ['metadata', 'serial-port-enable'],
          },
        ]
      : [];
  },
};
