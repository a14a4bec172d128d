import type { MisconfigCheck } from '../../../check.js';
import { arr, get, isObj, NSA } from '../workload.js';

export const pspRootContainers: MisconfigCheck = {
  id: 'PAL-K8S-065',
  slug: 'psp-root-containers',
  platform: 'kubernetes',
  title: 'PodSecurityPolicy admits root users or groups',
  severity: 'medium',
  description:
    'A PodSecurityPolicy whose runAsUser, runAsGroup, supplementalGroups or fsGroup strategy is RunAsAny, or whose ranges include 0, admits containers running as root (UID or GID 0).',
  remediation: 'Use `runAsUser.rule: MustRunAsNonRoot` and MustRunAs with ranges starting at 1 for the group strategies; migrate to Pod Security admission (restricted).',
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-policy/', 'https://kubernetes.io/docs/tasks/configure-pod-container/migrate-from-psp/', NSA],
  kics: ['Root containers admitted'],
  resourceTypes: ['PodSecurityPolicy'],
  evaluate: (r) => (['runAsUser', 'runAsGroup', 'supplementalGroups', 'fsGroup'] as const).flatMap((f) => {
      const s = get(r.value, ['spec', f]);
      if (!isObj(s)) return [];
      if (s.rule === 'RunAsAny') return [{ message: `${r.name} ${f} strategy is RunAsAny`, at: ['spec', f, 'rule'] }];
      if ((s.rule === 'MustRunAs' || s.rule === 'MayRunAs') && arr(s.ranges).some((x) => isObj(x) && Number(x.min) === 0)) return [{ message: `${r.name} ${f} ranges include 0 (root)`, at: ['spec', f] }];
      return [];
    }),
};
