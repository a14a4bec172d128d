import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, WORKLOAD_KINDS } from '../workload.js';

export const apiserverKubeletCertificateAuthority: MisconfigCheck = {
  id: 'PAL-K8S-083',
  slug: 'apiserver-kubelet-certificate-authority',
  platform: 'kubernetes',
  title: 'API server does not verify kubelet certificates',
  severity: 'high',
  description:
    'Without `--kubelet-certificate-authority` the API server does not verify the serving certificates of kubelets: connections to nodes can be intercepted (man in the middle).',
  remediation: 'Set `--kubelet-certificate-authority` to the CA that signs kubelet serving certificates.',
  references: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/', 'CIS Kubernetes Benchmark 1.2.5'],
  kics: ['Kubelet certificate authority not set'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => componentInvocations(r, 'kube-apiserver')
      .filter((i) => !i.flags.has('kubelet-certificate-authority'))
      .map((i) => ({ message: `kube-apiserver runs without --kubelet-certificate-authority`, at: i.at })),
};
