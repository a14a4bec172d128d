import type { MisconfigCheck } from '../../../check.js';
import { arr, containers, get, NSA, PSS, WORKLOAD_KINDS } from '../workload.js';

export const procMountUnmasked: MisconfigCheck = {
  id: 'PAL-K8S-017',
  slug: 'proc-mount-unmasked',
  platform: 'kubernetes',
  title: 'Unmasked /proc mount',
  severity: 'high',
  description:
    'The default procMount masks and makes read-only the parts of /proc that expose the host kernel (/proc/kcore, /proc/sys, …). Unmasked removes that protection. Pod Security Standards (baseline) require the Default procMount; a PodSecurityPolicy allowing Unmasked admits such pods.',
  remediation: 'Remove `securityContext.procMount: Unmasked` (and `Unmasked` from a PodSecurityPolicy\'s allowedProcMountTypes).',
  references: [`${PSS}#baseline`, 'https://kubernetes.io/docs/concepts/security/pod-security-policy/#allowedprocmounttypes', NSA],
  kics: ['Container with unmasked /proc access'],
  resourceTypes: [...WORKLOAD_KINDS, 'PodSecurityPolicy'],
  evaluate: (r) => {
    if (r.type === 'PodSecurityPolicy') {
      return arr(get(r.value, ['spec', 'allowedProcMountTypes'])).includes('Unmasked')
        ? [{ message: `${r.name} allows Unmasked /proc mounts`, at: ['spec', 'allowedProcMountTypes'] }]
        : [];
    }
    return containers(r)
      .filter((c) => get(c.c, ['securityContext', 'procMount']) === 'Unmasked')
      .map((c) => ({ message: `container '${c.name}' mounts /proc unmasked`, at: [...c.path, 'securityContext', 'procMount'] }));
  },
};
