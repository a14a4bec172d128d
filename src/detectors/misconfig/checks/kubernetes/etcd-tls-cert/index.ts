import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, WORKLOAD_KINDS } from '../workload.js';

export const etcdTlsCert: MisconfigCheck = {
  id: 'PAL-K8S-087',
  slug: 'etcd-tls-cert',
  platform: 'kubernetes',
  title: 'etcd serves clients without TLS',
  severity: 'high',
  description:
    'Without `--cert-file`/`--key-file` etcd serves its client port over plain HTTP: the whole cluster state, Secrets included, crosses the network unencrypted.',
  remediation: 'Set `--cert-file` and `--key-file` (with https:// listen and advertise URLs) on etcd.',
  references: ['https://etcd.io/docs/v3.5/op-guide/security/', 'CIS Kubernetes Benchmark 2.1'],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => componentInvocations(r, 'etcd')
      .filter((i) => !i.flags.has('cert-file') || !i.flags.has('key-file'))
      .map((i) => ({ message: `etcd runs without --cert-file and --key-file`, at: i.at })),
};
