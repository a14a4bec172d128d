import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, WORKLOAD_KINDS } from '../workload.js';

export const apiserverKubeletClientCert: MisconfigCheck = {
  id: 'PAL-K8S-082',
  slug: 'apiserver-kubelet-client-cert',
  platform: 'kubernetes',
  title: 'API server connects to kubelets without a client certificate',
  severity: 'high',
  description:
    'Without `--kubelet-client-certificate`/`--kubelet-client-key` the API server cannot authenticate to kubelets, so kubelets must allow unauthenticated requests to their API (exec, logs, port-forward).',
  remediation: 'Set `--kubelet-client-certificate` and `--kubelet-client-key` on kube-apiserver.',
  references: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/', 'CIS Kubernetes Benchmark 1.2.4'],
  kics: ['Kubelet client certificate or key not set'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => componentInvocations(r, 'kube-apiserver')
      .filter((i) => !i.flags.has('kubelet-client-certificate') || !i.flags.has('kubelet-client-key'))
      .map((i) => ({ message: `kube-apiserver runs without --kubelet-client-certificate and --kubelet-client-key`, at: i.at })),
};
