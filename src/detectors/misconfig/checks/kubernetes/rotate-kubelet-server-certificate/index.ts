import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, flagList, get, WORKLOAD_KINDS } from '../workload.js';

export const rotateKubeletServerCertificate: MisconfigCheck = {
  id: 'PAL-K8S-091',
  slug: 'rotate-kubelet-server-certificate',
  platform: 'kubernetes',
  title: 'Kubelet serving certificate rotation disabled',
  severity: 'medium',
  description:
    'With the RotateKubeletServerCertificate feature gate off, kubelet serving certificates are not renewed through the API: they are long-lived, and an expired or stolen certificate stays in use.',
  remediation: 'Remove `RotateKubeletServerCertificate=false` from the kubelet and kube-controller-manager feature gates (it is on by default) and enable `serverTLSBootstrap`.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/#certificate-rotation', 'CIS Kubernetes Benchmark 1.3.6, 4.2.12'],
  kics: ['Rotate Kubelet server certificate not active'],
  resourceTypes: [...WORKLOAD_KINDS, 'KubeletConfiguration'],
  evaluate: (r) => {
    if (r.type === 'KubeletConfiguration') {
      return get(r.value, ['featureGates', 'RotateKubeletServerCertificate']) === false
        ? [{ message: `${r.name} turns off RotateKubeletServerCertificate`, at: ['featureGates'] }]
        : [];
    }
    return componentInvocations(r)
      .filter((i) => (i.component === 'kubelet' || i.component === 'kube-controller-manager') && flagList(i.flags.get('feature-gates')).some((g) => g.replace(/\s/g, '') === 'RotateKubeletServerCertificate=false'))
      .map((i) => ({ message: `${i.component} runs with RotateKubeletServerCertificate=false`, at: i.at }));
  },
};
