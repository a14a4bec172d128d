import type { MisconfigCheck } from '../../../check.js';
import { containers, deepest, get, isObj, NSA, podSpec, PSS, WORKLOAD_KINDS } from '../workload.js';

const CONFINED = ['RuntimeDefault', 'Localhost'];
/** Legacy annotation values (before 1.19) that also confine the container. */
const CONFINED_ANNOTATION = /^(runtime\/default|docker\/default|localhost\/.+)$/;

export const seccompProfileMissing: MisconfigCheck = {
  id: 'PAL-K8S-015',
  slug: 'seccomp-profile-missing',
  platform: 'kubernetes',
  title: 'No seccomp profile (RuntimeDefault) set',
  severity: 'medium',
  description:
    'Without a seccomp profile the kubelet runs containers Unconfined by default, allowing every system call. Pod Security Standards (restricted) require RuntimeDefault or a Localhost profile for the pod or for every container.',
  remediation: 'Set `spec.securityContext.seccompProfile.type: RuntimeDefault` in the pod spec (it applies to every container).',
  references: [`${PSS}#restricted`, 'https://kubernetes.io/docs/tutorials/security/seccomp/', 'CIS Kubernetes Benchmark 5.7.2', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => {
    const ps = podSpec(r);
    if (!ps) return [];
    const podType = get(ps.spec, ['securityContext', 'seccompProfile', 'type']);
    const ann = isObj(ps.meta.annotations) ? ps.meta.annotations : {};
    const podAnn = ann['seccomp.security.alpha.kubernetes.io/pod'];
    const podConfined = CONFINED.includes(String(podType)) || (podType === undefined && typeof podAnn === 'string' && CONFINED_ANNOTATION.test(podAnn));
    return containers(r).flatMap((c) => {
      const own = get(c.c, ['securityContext', 'seccompProfile', 'type']);
      const cAnn = ann[`container.seccomp.security.alpha.kubernetes.io/${c.name}`];
      if (own === undefined ? podConfined || (typeof cAnn === 'string' && CONFINED_ANNOTATION.test(cAnn)) : CONFINED.includes(String(own))) return [];
      // An explicit Unconfined is PAL-K8S-014's finding.
      if (own === 'Unconfined' || (own === undefined && podType === 'Unconfined')) return [];
      return [{ message: `container '${c.name}' has no RuntimeDefault or Localhost seccomp profile`, at: deepest(c.path, c.c, ['securityContext', 'seccompProfile']) }];
    });
  },
};
