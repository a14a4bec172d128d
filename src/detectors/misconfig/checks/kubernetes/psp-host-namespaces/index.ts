import type { MisconfigCheck } from '../../../check.js';
import { get, NSA } from '../workload.js';

export const pspHostNamespaces: MisconfigCheck = {
  id: 'PAL-K8S-064',
  slug: 'psp-host-namespaces',
  platform: 'kubernetes',
  title: 'PodSecurityPolicy allows host namespaces',
  severity: 'high',
  description:
    'A PodSecurityPolicy allowing hostPID, hostIPC or hostNetwork admits pods that see the node processes, shared memory or network stack.',
  remediation: 'Set hostPID, hostIPC and hostNetwork to false; migrate to Pod Security admission (baseline).',
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-policy/', 'https://kubernetes.io/docs/tasks/configure-pod-container/migrate-from-psp/', NSA],
  kics: ['PSP allows sharing host IPC', 'PSP allows sharing host PID'],
  resourceTypes: ['PodSecurityPolicy'],
  evaluate: (r) => (['hostPID', 'hostIPC', 'hostNetwork'] as const).flatMap((f) => (get(r.value, ['spec', f]) === true ? [{ message: `${r.name} allows ${f}`, at: ['spec', f] }] : [])),
};
