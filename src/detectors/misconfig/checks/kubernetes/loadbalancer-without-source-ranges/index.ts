import type { MisconfigCheck } from '../../../check.js';
import { arr, get, isObj, NSA } from '../workload.js';

export const loadbalancerWithoutSourceRanges: MisconfigCheck = {
  id: 'PAL-K8S-058',
  slug: 'loadbalancer-without-source-ranges',
  platform: 'kubernetes',
  title: 'LoadBalancer Service open to any source',
  severity: 'medium',
  description:
    'A LoadBalancer Service without loadBalancerSourceRanges is reachable from the whole internet on most cloud providers; internal services end up public.',
  remediation: 'Set `spec.loadBalancerSourceRanges` to the client networks, or make the load balancer internal with the provider annotation.',
  references: ['https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/#restricting-access', NSA],
  kics: [],
  resourceTypes: ['Service'],
  evaluate: (r) => {
    if (get(r.value, ['spec', 'type']) !== 'LoadBalancer' || arr(get(r.value, ['spec', 'loadBalancerSourceRanges'])).length > 0) return [];
    // Internal load balancers (provider annotations) are not reachable from the internet.
    const ann = get(r.value, ['metadata', 'annotations']);
    if (isObj(ann) && Object.entries(ann).some(([k, v]) => /internal|load-balancer-scheme/.test(k) && /^(true|internal|0\.0\.0\.0\/0)$/i.test(String(v)))) return [];
    return [{ message: `${r.name} is a LoadBalancer without loadBalancerSourceRanges`, at: ['spec', 'type'] }];
  },
};
