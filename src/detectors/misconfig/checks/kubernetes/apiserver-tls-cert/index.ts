import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, get, WORKLOAD_KINDS } from '../workload.js';

export const apiserverTlsCert: MisconfigCheck = {
  id: 'PAL-K8S-084',
  slug: 'apiserver-tls-cert',
  platform: 'kubernetes',
  title: 'API server or kubelet without a configured TLS certificate',
  severity: 'high',
  description:
    'Without `--tls-cert-file`/`--tls-private-key-file` the API server serves a self-signed certificate that clients cannot verify; a kubelet without tlsCertFile/tlsPrivateKeyFile (and without serverTLSBootstrap) does the same for its API.',
  remediation: 'Set `--tls-cert-file` and `--tls-private-key-file` on kube-apiserver, and `tlsCertFile`/`tlsPrivateKeyFile` (or `serverTLSBootstrap: true`) in KubeletConfiguration, with certificates issued by the cluster CA.',
  references: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/', 'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/', 'CIS Kubernetes Benchmark 1.2.25, 4.2.10'],
  kics: ['TLS connection certificate not set up'],
  resourceTypes: [...WORKLOAD_KINDS, 'KubeletConfiguration'],
  evaluate: (r) => {
    if (r.type === 'KubeletConfiguration') {
      const v = r.value;
      if ((get(v, ['tlsCertFile']) && get(v, ['tlsPrivateKeyFile'])) || get(v, ['serverTLSBootstrap']) === true) return [];
      return [{ message: `${r.name} sets neither tlsCertFile/tlsPrivateKeyFile nor serverTLSBootstrap`, at: [] }];
    }
    return componentInvocations(r, 'kube-apiserver')
      .filter((i) => !i.flags.has('tls-cert-file') || !i.flags.has('tls-private-key-file'))
      .map((i) => ({ message: `kube-apiserver runs without --tls-cert-file and --tls-private-key-file`, at: i.at }));
  },
};
