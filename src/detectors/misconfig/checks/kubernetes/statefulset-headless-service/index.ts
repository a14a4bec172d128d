import type { MisconfigCheck } from '../../../check.js';
import { get, namespaceOf } from '../workload.js';

export const statefulsetHeadlessService: MisconfigCheck = {
  id: 'PAL-K8S-043',
  slug: 'statefulset-headless-service',
  platform: 'kubernetes',
  title: 'StatefulSet without a headless governing Service',
  severity: 'low',
  description:
    'A StatefulSet needs a headless Service (clusterIP: None) named by `serviceName` to give its pods stable network identities; without it peers cannot find each other and clients hit random replicas.',
  remediation: 'Set `spec.serviceName` to a Service in the same namespace with `clusterIP: None` that selects the StatefulSet\'s pods.',
  references: ['https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#stable-network-id'],
  kics: ['StatefulSet without service name'],
  resourceTypes: ['StatefulSet'],
  evaluate: (r) => {
    const name = get(r.value, ['spec', 'serviceName']);
    if (typeof name !== 'string' || name === '') return [{ message: `${r.name} has no serviceName`, at: ['spec'] }];
    // Judged only when the Service is defined in the same file set; it may live elsewhere.
    const svc = r.siblings.find((s) => s.type === 'Service' && get(s.value, ['metadata', 'name']) === name && namespaceOf(s) === namespaceOf(r) && !String(get(s.value, ['apiVersion'])).startsWith('serving.knative.dev/'));
    if (svc && get(svc.value, ['spec', 'clusterIP']) !== 'None') return [{ message: `${r.name} names Service '${name}', which is not headless`, at: ['spec', 'serviceName'] }];
    return [];
  },
};
