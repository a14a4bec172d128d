import type { MisconfigCheck } from '../../../check.js';
import { containers, deepest, effective, NSA, podSpec, PSS, WORKLOAD_KINDS } from '../workload.js';

export const runAsNonRoot: MisconfigCheck = {
  id: 'PAL-K8S-020',
  slug: 'run-as-non-root',
  platform: 'kubernetes',
  title: 'Container may run as root',
  severity: 'medium',
  description:
    'Neither `runAsNonRoot: true` nor a non-zero `runAsUser` is set for the container (on it or on the pod), so it runs as whatever user the image names, often root. Root in a container is root on the node after any escape. Pod Security Standards (restricted) require runAsNonRoot.',
  remediation: 'Set `securityContext.runAsNonRoot: true` on the pod (and a non-zero `runAsUser` if the image has no numeric USER).',
  references: [`${PSS}#restricted`, 'CIS Kubernetes Benchmark 5.2.7', NSA],
  kics: ['Container running as root'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => {
    const ps = podSpec(r);
    if (!ps) return [];
    return containers(r).flatMap((c) => {
      const nonRoot = effective(ps, c, 'runAsNonRoot');
      const user = effective(ps, c, 'runAsUser');
      if (nonRoot?.value === true) return [];
      // runAsUser: 0 is PAL-K8S-021's finding; any other explicit user is not root.
      if (user !== undefined) return [];
      if (nonRoot?.value === false) return [{ message: `container '${c.name}' sets runAsNonRoot: false and no runAsUser`, at: nonRoot.at }];
      return [{ message: `container '${c.name}' may run as root (no runAsNonRoot: true, no runAsUser)`, at: deepest(c.path, c.c, ['securityContext', 'runAsNonRoot']) }];
    });
  },
};
