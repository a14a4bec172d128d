import type { MisconfigCheck } from '../../../check.js';
import { containers, effective, NSA, podSpec, PSS, WORKLOAD_KINDS } from '../workload.js';

export const runAsUserRoot: MisconfigCheck = {
  id: 'PAL-K8S-021',
  slug: 'run-as-user-root',
  platform: 'kubernetes',
  title: 'Container runs as root (runAsUser: 0)',
  severity: 'high',
  description:
    'The container is explicitly run as UID 0. Root in a container can modify the image\'s files, use the default capabilities fully, and is root on the node after any escape. Pod Security Standards (restricted) forbid runAsUser 0.',
  remediation: 'Set `runAsUser` to a non-zero UID (e.g. 10001) and `runAsNonRoot: true`; fix file ownership in the image instead of running as root.',
  references: [`${PSS}#restricted`, 'CIS Kubernetes Benchmark 5.2.7', NSA],
  kics: ['Container running as root'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => {
    const ps = podSpec(r);
    if (!ps) return [];
    return containers(r).flatMap((c) => {
      const user = effective(ps, c, 'runAsUser');
      return user && Number(user.value) === 0 ? [{ message: `container '${c.name}' runs as UID 0`, at: user.at }] : [];
    });
  },
};
