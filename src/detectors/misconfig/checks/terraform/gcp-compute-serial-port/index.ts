import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// The interactive serial console accepts connections from any IP address.
export const gcpComputeSerialPort: MisconfigCheck = {
  id: 'PAL-TF-146',
  slug: 'gcp-compute-serial-port',
  platform: 'terraform',
  title: 'Compute instance enables the serial port',
  severity: 'medium',
  description: 'The interactive serial console accepts connections from any IP address.',
  remediation: 'Remove serial-port-enable from metadata or set it to false.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance',
    'CIS Google Cloud Platform Foundation 4.5',
  ],
  kics: ['Serial Ports Are Enabled For VM Instances'],
  resourceTypes: ['google_compute_instance'],
  evaluate: h.requireSetting(
    ['metadata', 'serial-port-enable'],
    (v) => !h.isTrue(v) && v !== 'TRUE' && v !== '1',
    { flagMissing: false, bad: 'metadata serial-port-enable is true' },
  ),
};
