import type { MisconfigCheck } from '../../../check.js';
import { arr, capName, get, NSA } from '../workload.js';

export const pspCapabilities: MisconfigCheck = {
  id: 'PAL-K8S-066',
  slug: 'psp-capabilities',
  platform: 'kubernetes',
  title: 'PodSecurityPolicy does not restrict capabilities',
  severity: 'medium',
  description:
    'A PodSecurityPolicy that does not require dropping ALL capabilities, or allows any capability (`*`), admits containers with the runtime defaults or more.',
  remediation: 'Set `requiredDropCapabilities: [ALL]` and list only needed capabilities in allowedCapabilities; migrate to Pod Security admission (restricted).',
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-policy/', 'https://kubernetes.io/docs/tasks/configure-pod-container/migrate-from-psp/', NSA],
  kics: ['Unrestricted capabilities in PodSecurityPolicy'],
  resourceTypes: ['PodSecurityPolicy'],
  evaluate: (r) => [
      ...(arr(get(r.value, ['spec', 'allowedCapabilities'])).includes('*') ? [{ message: `${r.name} allows every capability`, at: ['spec', 'allowedCapabilities'] }] : []),
      ...(arr(get(r.value, ['spec', 'requiredDropCapabilities'])).some((c) => capName(c) === 'ALL') ? [] : [{ message: `${r.name} does not require dropping ALL capabilities`, at: ['spec'] }]),
    ],
};
