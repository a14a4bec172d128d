import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, WORKLOAD_KINDS } from '../workload.js';

export const apiserverEtcdClientCert: MisconfigCheck = {
  id: 'PAL-K8S-081',
  slug: 'apiserver-etcd-client-cert',
  platform: 'kubernetes',
  title: 'API server connects to etcd without a client certificate',
  severity: 'high',
  description:
    'Without `--etcd-certfile`/`--etcd-keyfile` the API server cannot authenticate to etcd with TLS client certificates, so etcd must accept unauthenticated clients.',
  remediation: 'Set `--etcd-certfile` and `--etcd-keyfile` (and `--etcd-cafile`) on kube-apiserver.',
  references: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/', 'CIS Kubernetes Benchmark 1.2.29'],
  kics: ['etcd TLS certificate not properly configured'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => componentInvocations(r, 'kube-apiserver')
      .filter((i) => !i.flags.has('etcd-certfile') || !i.flags.has('etcd-keyfile'))
      .map((i) => ({ message: `kube-apiserver runs without --etcd-certfile and --etcd-keyfile`, at: i.at })),
};
