import type { MisconfigCheck } from '../../../check.js';
import { get, isObj, namespaceOf, NSA, podSpec, WORKLOAD_KINDS } from '../workload.js';

export const networkPolicyNoPodTarget: MisconfigCheck = {
  id: 'PAL-K8S-061',
  slug: 'network-policy-no-pod-target',
  platform: 'kubernetes',
  title: 'NetworkPolicy selects no pod',
  severity: 'low',
  description:
    'The NetworkPolicy\'s podSelector matches none of the workloads defined with it in the same namespace, usually a label typo: the pods it was written for stay unprotected.',
  remediation: 'Make `spec.podSelector.matchLabels` match the labels of the pod template it should protect.',
  references: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/#networkpolicy-resource', NSA],
  kics: ['Network policy without Pod target'],
  resourceTypes: ['NetworkPolicy'],
  evaluate: (r) => {
    const labels = get(r.value, ['spec', 'podSelector', 'matchLabels']);
    if (!isObj(labels) || Object.keys(labels).length === 0) return [];
    // Judged only against workloads of the same namespace defined in the same file set.
    const ns = namespaceOf(r);
    const templates = r.siblings.flatMap((s) => {
      if (!WORKLOAD_KINDS.includes(s.type) || namespaceOf(s) !== ns || !podSpec(s)) return [];
      const l = s.type === 'Pod' ? get(s.value, ['metadata', 'labels']) : get(podSpec(s)!.meta, ['labels']);
      return [isObj(l) ? l : {}];
    });
    if (templates.length === 0) return [];
    const matches = templates.some((l) => Object.entries(labels).every(([k, v]) => l[k] === v));
    if (matches) return [];
    const [first] = Object.keys(labels);
    return [{ message: `${r.name} selects ${Object.entries(labels).map(([k, v]) => `${k}=${String(v)}`).join(',')}, which matches no pod defined with it`, at: ['spec', 'podSelector', 'matchLabels', first!] }];
  },
};
