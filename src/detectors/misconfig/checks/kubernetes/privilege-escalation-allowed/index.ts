import type { MisconfigCheck } from '../../../check.js';
import { containers, deepest, get, NSA, PSS, WORKLOAD_KINDS } from '../workload.js';

export const privilegeEscalationAllowed: MisconfigCheck = {
  id: 'PAL-K8S-019',
  slug: 'privilege-escalation-allowed',
  platform: 'kubernetes',
  title: 'Privilege escalation allowed',
  severity: 'medium',
  description:
    'Unless `allowPrivilegeEscalation` is false, a process in the container can gain more privileges than its parent (setuid binaries, file capabilities), e.g. become root after an exploit. It defaults to true. Pod Security Standards (restricted) require false.',
  remediation: 'Set `securityContext.allowPrivilegeEscalation: false` on every container.',
  references: [`${PSS}#restricted`, 'CIS Kubernetes Benchmark 5.2.6', NSA],
  kics: ['Privilege escalation allowed'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    containers(r).flatMap((c) => {
      const v = get(c.c, ['securityContext', 'allowPrivilegeEscalation']);
      if (v === false) return [];
      const at = deepest(c.path, c.c, ['securityContext', 'allowPrivilegeEscalation']);
      return [{ message: v === true ? `container '${c.name}' allows privilege escalation` : `container '${c.name}' does not set allowPrivilegeEscalation: false`, at }];
    }),
};
