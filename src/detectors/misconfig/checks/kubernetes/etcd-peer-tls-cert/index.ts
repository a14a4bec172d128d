import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, WORKLOAD_KINDS } from '../workload.js';

export const etcdPeerTlsCert: MisconfigCheck = {
  id: 'PAL-K8S-088',
  slug: 'etcd-peer-tls-cert',
  platform: 'kubernetes',
  title: 'etcd peers communicate without TLS',
  severity: 'high',
  description:
    'Without `--peer-cert-file`/`--peer-key-file` etcd members replicate the cluster state to each other over plain HTTP.',
  remediation: 'Set `--peer-cert-file` and `--peer-key-file` on every etcd member.',
  references: ['https://etcd.io/docs/v3.5/op-guide/security/', 'CIS Kubernetes Benchmark 2.4'],
  kics: ['etcd peer TLS certificate files not properly set'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => componentInvocations(r, 'etcd')
      .filter((i) => !i.flags.has('peer-cert-file') || !i.flags.has('peer-key-file'))
      .map((i) => ({ message: `etcd runs without --peer-cert-file and --peer-key-file`, at: i.at })),
};
