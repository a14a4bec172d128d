import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, WORKLOAD_KINDS } from '../workload.js';

export const controllerManagerSaPrivateKey: MisconfigCheck = {
  id: 'PAL-K8S-086',
  slug: 'controller-manager-sa-private-key',
  platform: 'kubernetes',
  title: 'Controller manager without a service account signing key',
  severity: 'medium',
  description:
    'Without `--service-account-private-key-file` service account tokens are not signed with a managed key, so they cannot be rotated or verified consistently by the API server.',
  remediation: 'Set `--service-account-private-key-file` on kube-controller-manager (and the matching `--service-account-key-file` on kube-apiserver).',
  references: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/', 'CIS Kubernetes Benchmark 1.3.4'],
  kics: ['Service account private key file not defined'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => componentInvocations(r, 'kube-controller-manager')
      .filter((i) => !i.flags.has('service-account-private-key-file'))
      .map((i) => ({ message: `kube-controller-manager runs without --service-account-private-key-file`, at: i.at })),
};
