import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, WORKLOAD_KINDS } from '../workload.js';

export const etcdClientCertAuth: MisconfigCheck = {
  id: 'PAL-K8S-077',
  slug: 'etcd-client-cert-auth',
  platform: 'kubernetes',
  title: 'etcd does not require client certificates',
  severity: 'high',
  description:
    'Without `--client-cert-auth=true` anyone who can reach the etcd client port can read and write the whole cluster state, including every Secret.',
  remediation: 'Start etcd with `--client-cert-auth=true` and `--trusted-ca-file`.',
  references: ['https://etcd.io/docs/v3.5/op-guide/security/', 'CIS Kubernetes Benchmark 2.2'],
  kics: ['etcd client certificate authentication set to false'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => componentInvocations(r, 'etcd')
      .filter((i) => i.flags.get('client-cert-auth') !== 'true')
      .map((i) => ({ message: 'etcd runs without --client-cert-auth=true', at: i.at })),
};
