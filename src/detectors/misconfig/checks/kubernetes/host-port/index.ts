import type { MisconfigCheck } from '../../../check.js';
import { arr, containers, isObj, NSA, PSS, WORKLOAD_KINDS } from '../workload.js';

export const hostPort: MisconfigCheck = {
  id: 'PAL-K8S-008',
  slug: 'host-port',
  platform: 'kubernetes',
  title: 'Container binds a host port',
  severity: 'medium',
  description:
    'A hostPort opens the port on the node itself, bypassing Services and NetworkPolicies that select the pod, and pins the pod to nodes where the port is free. Pod Security Standards (baseline) forbid host ports.',
  remediation: 'Remove `hostPort` and expose the container through a Service (ClusterIP, or NodePort/LoadBalancer when it must be reachable from outside).',
  references: [`${PSS}#baseline`, 'https://kubernetes.io/docs/concepts/configuration/overview/#services', 'CIS Kubernetes Benchmark 5.2.13', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    containers(r).flatMap((c) =>
      arr(c.c.ports).flatMap((p, j) =>
        isObj(p) && p.hostPort !== undefined && p.hostPort !== null && p.hostPort !== 0
          ? [{ message: `container '${c.name}' binds host port ${String(p.hostPort)}`, at: [...c.path, 'ports', j, 'hostPort'] }]
          : [],
      ),
    ),
};
