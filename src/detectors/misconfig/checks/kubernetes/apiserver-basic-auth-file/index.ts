import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, WORKLOAD_KINDS } from '../workload.js';

export const apiserverBasicAuthFile: MisconfigCheck = {
  id: 'PAL-K8S-070',
  slug: 'apiserver-basic-auth-file',
  platform: 'kubernetes',
  title: 'API server uses static basic-auth passwords',
  severity: 'high',
  description:
    '`--basic-auth-file` authenticates with static passwords kept in clear text on the control-plane node, sent on every request and never rotated (removed in Kubernetes 1.19).',
  remediation: 'Remove `--basic-auth-file` and authenticate users with client certificates or OIDC.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/', 'CIS Kubernetes Benchmark 1.2.2'],
  kics: ['Basic auth file is set'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => componentInvocations(r, 'kube-apiserver')
      .filter((i) => i.flags.has('basic-auth-file'))
      .map((i) => ({ message: 'kube-apiserver runs with --basic-auth-file', at: i.at })),
};
