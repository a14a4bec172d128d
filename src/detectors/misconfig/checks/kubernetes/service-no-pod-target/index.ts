import type { CheckResult, MisconfigCheck } from '../../../check.js';
import { arr, containers, get, isObj, namespaceOf, podSpec, WORKLOAD_KINDS, type Obj } from '../workload.js';

export const serviceNoPodTarget: MisconfigCheck = {
  id: 'PAL-K8S-094',
  slug: 'service-no-pod-target',
  platform: 'kubernetes',
  title: 'Service selects no pod or port',
  severity: 'low',
  description:
    'The Service selector matches none of the workloads defined with it in the same namespace, or its target port is not a port of the selected containers: usually a typo that leaves the service without endpoints, or exposes a port nobody meant to.',
  remediation: 'Make `spec.selector` match the pod template labels, and `targetPort` (or `port`) a `containerPort` (number or name) of the selected containers.',
  references: ['https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service'],
  kics: ['Service does not target a Pod'],
  resourceTypes: ['Service'],
  evaluate: (r) => {
    const selector = get(r.value, ['spec', 'selector']);
    if (!isObj(selector) || Object.keys(selector).length === 0) return [];
    // Judged only against workloads of the same namespace defined in the same file set.
    const ns = namespaceOf(r);
    const pods = r.siblings.filter((s) => WORKLOAD_KINDS.includes(s.type) && namespaceOf(s) === ns && podSpec(s) && !String(get(s.value, ['apiVersion'])).startsWith('serving.knative.dev/'));
    if (pods.length === 0) return [];
    const labelsOf = (s: (typeof pods)[number]): Obj => {
      const l = s.type === 'Pod' ? get(s.value, ['metadata', 'labels']) : get(podSpec(s)!.meta, ['labels']);
      return isObj(l) ? l : {};
    };
    const selected = pods.filter((s) => Object.entries(selector).every(([k, v]) => labelsOf(s)[k] === v));
    if (selected.length === 0) return [{ message: `${r.name} selects ${Object.entries(selector).map(([k, v]) => `${k}=${String(v)}`).join(',')}, which matches no pod defined with it`, at: ['spec', 'selector'] }];
    const ports = selected.flatMap((s) => containers(s, ['containers']).flatMap((c) => arr(c.c.ports).filter(isObj)));
    if (ports.length === 0) return [];
    const out: CheckResult[] = [];
    arr(get(r.value, ['spec', 'ports'])).forEach((p, i) => {
      if (!isObj(p)) return;
      const target = p.targetPort ?? p.port;
      const ok = typeof target === 'string' && !/^\d+$/.test(target) ? ports.some((cp) => cp.name === target) : ports.some((cp) => Number(cp.containerPort) === Number(target));
      if (!ok) out.push({ message: `${r.name} port ${String(p.port)} targets ${String(target)}, which no selected container exposes`, at: ['spec', 'ports', i, p.targetPort !== undefined ? 'targetPort' : 'port'] });
    });
    return out;
  },
};
