import type { MisconfigCheck } from '../../../check.js';
import { NSA, PSS, podSpec, WORKLOAD_KINDS } from '../workload.js';

export const hostPidNamespace: MisconfigCheck = {
  id: 'PAL-K8S-002',
  slug: 'host-pid-namespace',
  platform: 'kubernetes',
  title: 'Pod shares the host PID namespace',
  severity: 'high',
  description:
    'With `hostPID: true` the pod containers see and signal every process on the node, read their environment and attach to them. Pod Security Standards (baseline) forbid sharing host namespaces.',
  remediation: 'Remove `hostPID: true` from the pod spec (the default is false).',
  references: [`${PSS}#baseline`, 'CIS Kubernetes Benchmark 5.2.3', NSA],
  kics: ['Shared host PID namespace'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => {
    const ps = podSpec(r);
    if (!ps || ps.spec.hostPID !== true) return [];
    return [{ message: `${r.name} sets hostPID: true`, at: [...ps.path, 'hostPID'] }];
  },
};
