import type { CheckResult, MisconfigCheck } from '../../../check.js';
import { containers, get, isObj, NSA, podSpec, PSS, WORKLOAD_KINDS } from '../workload.js';

export const seccompUnconfined: MisconfigCheck = {
  id: 'PAL-K8S-014',
  slug: 'seccomp-unconfined',
  platform: 'kubernetes',
  title: 'Seccomp disabled (Unconfined)',
  severity: 'high',
  description:
    'An Unconfined seccomp profile lets the container call every system call, including the ones behind most container escapes (unshare, keyctl, bpf, …). Pod Security Standards (baseline) forbid it.',
  remediation: 'Set `securityContext.seccompProfile.type: RuntimeDefault` (or a Localhost profile) and remove the Unconfined setting.',
  references: [`${PSS}#baseline`, 'https://kubernetes.io/docs/tutorials/security/seccomp/', 'CIS Kubernetes Benchmark 5.7.2', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => {
    const ps = podSpec(r);
    if (!ps) return [];
    const out: CheckResult[] = [];
    if (get(ps.spec, ['securityContext', 'seccompProfile', 'type']) === 'Unconfined') out.push({ message: `${r.name} sets the pod seccomp profile to Unconfined`, at: [...ps.path, 'securityContext', 'seccompProfile', 'type'] });
    for (const c of containers(r)) {
      if (get(c.c, ['securityContext', 'seccompProfile', 'type']) === 'Unconfined') out.push({ message: `container '${c.name}' sets its seccomp profile to Unconfined`, at: [...c.path, 'securityContext', 'seccompProfile', 'type'] });
    }
    // Annotations used before Kubernetes 1.19 (removed in 1.27), still found in older manifests.
    const ann = isObj(ps.meta.annotations) ? ps.meta.annotations : {};
    for (const [k, v] of Object.entries(ann)) {
      if ((k === 'seccomp.security.alpha.kubernetes.io/pod' || k.startsWith('container.seccomp.security.alpha.kubernetes.io/')) && v === 'unconfined') {
        out.push({ message: `annotation ${k} disables seccomp`, at: [...ps.metaPath, 'annotations', k] });
      }
    }
    return out;
  },
};
