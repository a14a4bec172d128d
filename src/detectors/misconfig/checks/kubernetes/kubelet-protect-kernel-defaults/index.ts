import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, get, WORKLOAD_KINDS } from '../workload.js';

export const kubeletProtectKernelDefaults: MisconfigCheck = {
  id: 'PAL-K8S-073',
  slug: 'kubelet-protect-kernel-defaults',
  platform: 'kubernetes',
  title: 'Kubelet does not protect kernel defaults',
  severity: 'low',
  description:
    'Unless protectKernelDefaults is true the kubelet silently changes kernel tunables that differ from its expectations, instead of failing; a hardened kernel configuration can be undone.',
  remediation: 'Set `protectKernelDefaults: true` in KubeletConfiguration (or `--protect-kernel-defaults=true`) and tune the kernel to what the kubelet expects.',
  references: ['https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/', 'CIS Kubernetes Benchmark 4.2.6'],
  kics: ['Kubelet protect-kernel-defaults set to false'],
  resourceTypes: [...WORKLOAD_KINDS, 'KubeletConfiguration'],
  evaluate: (r) => {
    if (r.type === 'KubeletConfiguration') {
      const v = get(r.value, ['protectKernelDefaults']);
      if (v === true) return [];
      return [{ message: `${r.name} does not set protectKernelDefaults: true`, at: v === undefined ? [] : ['protectKernelDefaults'] }];
    }
    // With --config the KubeletConfiguration file decides (checked when it is in the scanned tree).
    return componentInvocations(r, 'kubelet')
      .filter((i) => i.flags.get('protect-kernel-defaults') === 'false' || (!i.flags.has('protect-kernel-defaults') && !i.flags.has('config')))
      .map((i) => ({ message: 'kubelet runs without --protect-kernel-defaults=true', at: i.at }));
  },
};
