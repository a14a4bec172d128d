import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, WORKLOAD_KINDS } from '../workload.js';

export const controllerManagerRootCaFile: MisconfigCheck = {
  id: 'PAL-K8S-085',
  slug: 'controller-manager-root-ca-file',
  platform: 'kubernetes',
  title: 'Controller manager without root CA file',
  severity: 'medium',
  description:
    'Without `--root-ca-file` the service account token Secrets the controller manager creates hold no CA certificate, so pods cannot verify the API server they talk to.',
  remediation: 'Set `--root-ca-file` to the cluster CA certificate on kube-controller-manager.',
  references: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/', 'CIS Kubernetes Benchmark 1.3.5'],
  kics: ['Root CA file not defined'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => componentInvocations(r, 'kube-controller-manager')
      .filter((i) => !i.flags.has('root-ca-file'))
      .map((i) => ({ message: `kube-controller-manager runs without --root-ca-file`, at: i.at })),
};
