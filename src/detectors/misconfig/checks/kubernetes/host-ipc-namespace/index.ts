import type { MisconfigCheck } from '../../../check.js';
import { NSA, PSS, podSpec, WORKLOAD_KINDS } from '../workload.js';

export const hostIpcNamespace: MisconfigCheck = {
  id: 'PAL-K8S-003',
  slug: 'host-ipc-namespace',
  platform: 'kubernetes',
  title: 'Pod shares the host IPC namespace',
  severity: 'high',
  description:
    'With `hostIPC: true` the pod containers read and write the shared memory of every process on the node. Pod Security Standards (baseline) forbid sharing host namespaces.',
  remediation: 'Remove `hostIPC: true` from the pod spec (the default is false).',
  references: [`${PSS}#baseline`, 'CIS Kubernetes Benchmark 5.2.4', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => {
    const ps = podSpec(r);
    if (!ps || ps.spec.hostIPC !== true) return [];
    return [{ message: `${r.name} sets hostIPC: true`, at: [...ps.path, 'hostIPC'] }];
  },
};
