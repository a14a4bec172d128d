import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, get, WORKLOAD_KINDS } from '../workload.js';

export const kubeletIptablesUtilChains: MisconfigCheck = {
  id: 'PAL-K8S-074',
  slug: 'kubelet-iptables-util-chains',
  platform: 'kubernetes',
  title: 'Kubelet does not manage iptables',
  severity: 'low',
  description:
    'With makeIPTablesUtilChains false the kubelet stops keeping its iptables utility chains in line with pod networking needs, leaving rules to drift or be tampered with unnoticed.',
  remediation: 'Set `makeIPTablesUtilChains: true` (the default) in KubeletConfiguration, or remove `--make-iptables-util-chains=false`.',
  references: ['https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/', 'CIS Kubernetes Benchmark 4.2.7'],
  kics: ['Kubelet not managing IP tables'],
  resourceTypes: [...WORKLOAD_KINDS, 'KubeletConfiguration'],
  evaluate: (r) => {
    if (r.type === 'KubeletConfiguration') {
      return get(r.value, ['makeIPTablesUtilChains']) === false ? [{ message: `${r.name} sets makeIPTablesUtilChains: false`, at: ['makeIPTablesUtilChains'] }] : [];
    }
    return componentInvocations(r, 'kubelet')
      .filter((i) => i.flags.get('make-iptables-util-chains') === 'false')
      .map((i) => ({ message: 'kubelet runs with --make-iptables-util-chains=false', at: i.at }));
  },
};
