import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, get, WORKLOAD_KINDS } from '../workload.js';

export const kubeletReadOnlyPort: MisconfigCheck = {
  id: 'PAL-K8S-072',
  slug: 'kubelet-read-only-port',
  platform: 'kubernetes',
  title: 'Kubelet read-only port enabled',
  severity: 'medium',
  description:
    'The kubelet read-only port (10255) serves pod specs, environment and node data without any authentication or authorization.',
  remediation: 'Set `readOnlyPort: 0` in KubeletConfiguration (or `--read-only-port=0`).',
  references: ['https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/', 'CIS Kubernetes Benchmark 4.2.4'],
  kics: ['Kubelet read-only port is not set to zero'],
  resourceTypes: [...WORKLOAD_KINDS, 'KubeletConfiguration'],
  evaluate: (r) => {
    if (r.type === 'KubeletConfiguration') {
      const v = get(r.value, ['readOnlyPort']);
      return v !== undefined && Number(v) !== 0 ? [{ message: `${r.name} opens the unauthenticated read-only port ${String(v)}`, at: ['readOnlyPort'] }] : [];
    }
    return componentInvocations(r, 'kubelet')
      .filter((i) => i.flags.has('read-only-port') && Number(i.flags.get('read-only-port')) !== 0)
      .map((i) => ({ message: `kubelet runs with --read-only-port=${i.flags.get('read-only-port')!}`, at: i.at }));
  },
};
