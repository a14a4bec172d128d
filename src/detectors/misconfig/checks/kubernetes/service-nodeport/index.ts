import type { MisconfigCheck } from '../../../check.js';
import { get, NSA } from '../workload.js';

export const serviceNodeport: MisconfigCheck = {
  id: 'PAL-K8S-057',
  slug: 'service-nodeport',
  platform: 'kubernetes',
  title: 'Service of type NodePort',
  severity: 'medium',
  description:
    'A NodePort Service opens the same port on every node of the cluster, usually outside the protection of a load balancer, Ingress authentication or firewall rules made for it.',
  remediation: 'Use a ClusterIP Service behind an Ingress or Gateway, or a LoadBalancer restricted with loadBalancerSourceRanges.',
  references: ['https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport', 'CIS Kubernetes Benchmark 5.3', NSA],
  kics: ['Service type is NodePort'],
  resourceTypes: ['Service'],
  evaluate: (r) => get(r.value, ['spec', 'type']) === 'NodePort' ? [{ message: `${r.name} is exposed on every node (type NodePort)`, at: ['spec', 'type'] }] : [],
};
