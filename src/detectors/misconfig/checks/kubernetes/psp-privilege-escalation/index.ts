import type { MisconfigCheck } from '../../../check.js';
import { get, NSA } from '../workload.js';

export const pspPrivilegeEscalation: MisconfigCheck = {
  id: 'PAL-K8S-063',
  slug: 'psp-privilege-escalation',
  platform: 'kubernetes',
  title: 'PodSecurityPolicy allows privilege escalation',
  severity: 'medium',
  description:
    'A PodSecurityPolicy that does not set `allowPrivilegeEscalation: false` (it defaults to true) admits containers whose processes can gain privileges through setuid binaries.',
  remediation: 'Set `allowPrivilegeEscalation: false`; migrate to Pod Security admission (restricted).',
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-policy/', 'https://kubernetes.io/docs/tasks/configure-pod-container/migrate-from-psp/', NSA],
  kics: ['PSP allows privilege escalation', 'Root containers admitted'],
  resourceTypes: ['PodSecurityPolicy'],
  evaluate: (r) => {
    const v = get(r.value, ['spec', 'allowPrivilegeEscalation']);
    if (v === false) return [];
    return [{ message: `${r.name} allows privilege escalation`, at: v === undefined ? ['spec'] : ['spec', 'allowPrivilegeEscalation'] }];
  },
};
