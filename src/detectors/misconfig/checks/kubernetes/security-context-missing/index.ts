import type { CheckResult, MisconfigCheck } from '../../../check.js';
import { containers, NSA, podSpec, PSS, WORKLOAD_KINDS } from '../workload.js';

export const securityContextMissing: MisconfigCheck = {
  id: 'PAL-K8S-024',
  slug: 'security-context-missing',
  platform: 'kubernetes',
  title: 'Pod or container without a security context',
  severity: 'low',
  description:
    'Without a securityContext every hardening setting (non-root user, no privilege escalation, dropped capabilities, seccomp) keeps its permissive default.',
  remediation: 'Add a securityContext to the pod (runAsNonRoot, seccompProfile) and to each container (allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities.drop: [ALL]).',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/', PSS, NSA],
  kics: ['Pod or container without security context'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => {
    const ps = podSpec(r);
    if (!ps) return [];
    const out: CheckResult[] = [];
    if (ps.spec.securityContext === undefined || ps.spec.securityContext === null) out.push({ message: `${r.name} has no pod securityContext`, at: ps.path });
    for (const c of containers(r)) {
      if (c.c.securityContext === undefined || c.c.securityContext === null) out.push({ message: `container '${c.name}' has no securityContext`, at: c.path });
    }
    return out;
  },
};
