import type { MisconfigCheck } from '../../../check.js';
import { get, namespaceOf, NSA, WORKLOAD_KINDS } from '../workload.js';

export const namespaceWithoutNetworkPolicy: MisconfigCheck = {
  id: 'PAL-K8S-060',
  slug: 'namespace-without-network-policy',
  platform: 'kubernetes',
  title: 'Namespace with workloads but no NetworkPolicy',
  severity: 'medium',
  description:
    'Without a NetworkPolicy every pod of the namespace accepts traffic from every pod of the cluster and can reach anything: one compromised pod can move laterally everywhere.',
  remediation: 'Add a default-deny NetworkPolicy to the namespace (podSelector: {} with policyTypes Ingress and Egress) and allow the flows the application needs.',
  references: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/', 'CIS Kubernetes Benchmark 5.3.2', NSA],
  kics: [],
  resourceTypes: ['Namespace'],
  evaluate: (r) => {
    // Judged within the file set: a Namespace defined with its workloads should come with its policies.
    const ns = get(r.value, ['metadata', 'name']);
    if (typeof ns !== 'string') return [];
    const workloads = r.siblings.filter((s) => WORKLOAD_KINDS.includes(s.type) && namespaceOf(s) === ns);
    if (workloads.length === 0 || r.siblings.some((s) => s.type === 'NetworkPolicy' && namespaceOf(s) === ns)) return [];
    return [{ message: `namespace '${ns}' runs ${workloads.map((w) => w.name).join(', ')} without any NetworkPolicy`, at: ['metadata', 'name'] }];
  },
};
