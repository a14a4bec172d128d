import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, WORKLOAD_KINDS } from '../workload.js';

export const etcdPeerClientCertAuth: MisconfigCheck = {
  id: 'PAL-K8S-078',
  slug: 'etcd-peer-client-cert-auth',
  platform: 'kubernetes',
  title: 'etcd does not require peer certificates',
  severity: 'high',
  description:
    'Without `--peer-client-cert-auth=true` any host that reaches the peer port can join the etcd cluster or read replication traffic.',
  remediation: 'Start etcd with `--peer-client-cert-auth=true` and `--peer-trusted-ca-file`.',
  references: ['https://etcd.io/docs/v3.5/op-guide/security/', 'CIS Kubernetes Benchmark 2.5'],
  kics: ['etcd peer client certificate authentication set to false'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => componentInvocations(r, 'etcd')
      .filter((i) => i.flags.get('peer-client-cert-auth') !== 'true')
      .map((i) => ({ message: 'etcd runs without --peer-client-cert-auth=true', at: i.at })),
};
