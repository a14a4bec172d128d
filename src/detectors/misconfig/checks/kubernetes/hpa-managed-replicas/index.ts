import type { MisconfigCheck } from '../../../check.js';
import { get, namespaceOf } from '../workload.js';

export const hpaManagedReplicas: MisconfigCheck = {
  id: 'PAL-K8S-096',
  slug: 'hpa-managed-replicas',
  platform: 'kubernetes',
  title: 'Replica count set on an autoscaled workload',
  severity: 'low',
  description:
    'A HorizontalPodAutoscaler manages the replica count of this workload, but the manifest also sets `spec.replicas`: every apply resets the scale the autoscaler chose, dropping capacity under load.',
  remediation: 'Remove `spec.replicas` from workloads targeted by a HorizontalPodAutoscaler (set minReplicas on the autoscaler instead).',
  references: ['https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#migrating-deployments-and-statefulsets-to-horizontal-autoscaling'],
  kics: ['HPA targeted deployments with configured replica count'],
  resourceTypes: ['Deployment', 'StatefulSet', 'ReplicaSet'],
  evaluate: (r) => {
    if (get(r.value, ['spec', 'replicas']) === undefined) return [];
    const name = get(r.value, ['metadata', 'name']);
    const hpa = r.siblings.find(
      (s) => s.type === 'HorizontalPodAutoscaler' && namespaceOf(s) === namespaceOf(r) && get(s.value, ['spec', 'scaleTargetRef', 'kind']) === r.type && get(s.value, ['spec', 'scaleTargetRef', 'name']) === name,
    );
    return hpa ? [{ message: `${r.name} sets replicas although ${hpa.name} scales it`, at: ['spec', 'replicas'] }] : [];
  },
};
