import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, WORKLOAD_KINDS } from '../workload.js';

export const apiserverEtcdCa: MisconfigCheck = {
  id: 'PAL-K8S-090',
  slug: 'apiserver-etcd-ca',
  platform: 'kubernetes',
  title: 'API server does not verify the etcd certificate',
  severity: 'high',
  description:
    'Without `--etcd-cafile` the API server does not verify the certificate etcd presents: whoever can intercept the connection can serve it a forged cluster state.',
  remediation: 'Set `--etcd-cafile` to the etcd CA certificate on kube-apiserver.',
  references: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/', 'CIS Kubernetes Benchmark 1.2.30'],
  kics: ['etcd client certificate file not defined'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => componentInvocations(r, 'kube-apiserver')
      .filter((i) => !i.flags.has('etcd-cafile'))
      .map((i) => ({ message: `kube-apiserver runs without --etcd-cafile`, at: i.at })),
};
