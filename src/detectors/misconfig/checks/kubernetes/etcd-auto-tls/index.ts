import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, WORKLOAD_KINDS } from '../workload.js';

export const etcdAutoTls: MisconfigCheck = {
  id: 'PAL-K8S-079',
  slug: 'etcd-auto-tls',
  platform: 'kubernetes',
  title: 'etcd uses self-signed auto TLS',
  severity: 'medium',
  description:
    '`--auto-tls` / `--peer-auto-tls` make etcd generate self-signed certificates that nobody verifies: connections are encrypted but not authenticated.',
  remediation: 'Remove `--auto-tls` and `--peer-auto-tls` and configure certificates from the cluster CA.',
  references: ['https://etcd.io/docs/v3.5/op-guide/security/', 'CIS Kubernetes Benchmark 2.3, 2.6'],
  kics: ['Peer auto TLS set to true'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => componentInvocations(r, 'etcd').flatMap((i) =>
      ['auto-tls', 'peer-auto-tls'].filter((f) => i.flags.get(f) === 'true').map((f) => ({ message: `etcd runs with --${f}=true`, at: i.at })),
    ),
};
