import type { CheckResult, MisconfigCheck } from '../../../check.js';
import { arr, get, isObj, podSpec } from '../workload.js';

export const podAntiAffinity: MisconfigCheck = {
  id: 'PAL-K8S-092',
  slug: 'pod-anti-affinity',
  platform: 'kubernetes',
  title: 'Replicas not spread across nodes',
  severity: 'low',
  description:
    'A Deployment or StatefulSet with several replicas but no pod anti-affinity (or topology spread constraint) that selects its own pods may place all replicas on one node: a single node failure or drain takes the whole service down.',
  remediation: 'Add `affinity.podAntiAffinity` (preferred or required, topologyKey kubernetes.io/hostname) whose labelSelector matches the pod template labels, or `topologySpreadConstraints`.',
  references: ['https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity', 'https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/'],
  kics: ['Deployment without podAntiAffinity', 'StatefulSet without podAntiAffinity'],
  resourceTypes: ['Deployment', 'StatefulSet'],
  evaluate: (r) => {
    const ps = podSpec(r);
    const replicas = get(r.value, ['spec', 'replicas']);
    // One replica (the default) has nothing to spread; an HPA-managed object omits replicas.
    if (!ps || typeof replicas !== 'number' || replicas < 2) return [];
    if (arr(ps.spec.topologySpreadConstraints).length > 0) return [];
    const labels = get(ps.meta, ['labels']);
    const anti = get(ps.spec, ['affinity', 'podAntiAffinity']);
    if (!isObj(anti)) return [{ message: `${r.name} runs ${replicas} replicas without podAntiAffinity`, at: ps.path }];
    // Terms: required ones directly, preferred ones under podAffinityTerm.
    const terms: { term: unknown; at: (string | number)[] }[] = [
      ...arr(anti.requiredDuringSchedulingIgnoredDuringExecution).map((t, i) => ({ term: t, at: [...ps.path, 'affinity', 'podAntiAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', i] })),
      ...arr(anti.preferredDuringSchedulingIgnoredDuringExecution).map((t, i) => ({ term: get(t, ['podAffinityTerm']), at: [...ps.path, 'affinity', 'podAntiAffinity', 'preferredDuringSchedulingIgnoredDuringExecution', i, 'podAffinityTerm'] })),
    ];
    const selects = (term: unknown) => {
      const ml = get(term, ['labelSelector', 'matchLabels']);
      if (!isObj(ml)) return get(term, ['labelSelector', 'matchExpressions']) !== undefined; // expressions: assume they select
      return isObj(labels) && Object.entries(ml).every(([k, v]) => labels[k] === v);
    };
    if (terms.some((t) => selects(t.term))) return [];
    const out: CheckResult[] = terms
      .filter((t) => isObj(get(t.term, ['labelSelector', 'matchLabels'])))
      .map((t) => ({ message: `${r.name} podAntiAffinity selects labels its own pods do not have`, at: [...t.at, 'labelSelector', 'matchLabels'] }));
    return out.length > 0 ? out : [{ message: `${r.name} podAntiAffinity does not select its own pods`, at: [...ps.path, 'affinity', 'podAntiAffinity'] }];
  },
};
