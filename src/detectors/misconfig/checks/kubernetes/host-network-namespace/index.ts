import type { MisconfigCheck } from '../../../check.js';
import { NSA, PSS, podSpec, WORKLOAD_KINDS } from '../workload.js';

export const hostNetworkNamespace: MisconfigCheck = {
  id: 'PAL-K8S-004',
  slug: 'host-network-namespace',
  platform: 'kubernetes',
  title: 'Pod shares the host Network namespace',
  severity: 'high',
  description:
    'With `hostNetwork: true` the pod containers bind to node ports, sniff traffic of the node and reach services listening on localhost of the node. Pod Security Standards (baseline) forbid sharing host namespaces.',
  remediation: 'Remove `hostNetwork: true` from the pod spec (the default is false).',
  references: [`${PSS}#baseline`, 'CIS Kubernetes Benchmark 5.2.5', NSA],
  kics: ['Shared host network namespace'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => {
    const ps = podSpec(r);
    if (!ps || ps.spec.hostNetwork !== true) return [];
    return [{ message: `${r.name} sets hostNetwork: true`, at: [...ps.path, 'hostNetwork'] }];
  },
};
