import type { MisconfigCheck } from '../../../check.js';
import { get, NSA } from '../workload.js';

/** Namespaced kinds where placement in `default` matters (workloads, their config and access). */
const KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Service', 'ConfigMap', 'Secret', 'ServiceAccount', 'Role', 'RoleBinding', 'Ingress'];

export const defaultNamespace: MisconfigCheck = {
  id: 'PAL-K8S-036',
  slug: 'default-namespace',
  platform: 'kubernetes',
  title: 'Resource in the default namespace',
  severity: 'low',
  description:
    'The default namespace is shared by everything deployed without a namespace: RBAC, NetworkPolicies, quotas and Pod Security admission cannot be scoped to the application, and mistakes of other deployments land next to it.',
  remediation: 'Deploy the application into its own namespace (set `metadata.namespace`) and apply RBAC, quotas, NetworkPolicies and Pod Security labels to it.',
  references: ['https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/', 'CIS Kubernetes Benchmark 5.7.4', NSA],
  kics: [],
  resourceTypes: KINDS,
  // Only an explicit `namespace: default`: without one, `kubectl apply -n` decides at deploy time.
  evaluate: (r) => (get(r.value, ['metadata', 'namespace']) === 'default' ? [{ message: `${r.name} is placed in the default namespace`, at: ['metadata', 'namespace'] }] : []),
};
