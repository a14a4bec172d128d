import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, WORKLOAD_KINDS } from '../workload.js';

export const apiserverTokenAuthFile: MisconfigCheck = {
  id: 'PAL-K8S-071',
  slug: 'apiserver-token-auth-file',
  platform: 'kubernetes',
  title: 'API server uses a static token file',
  severity: 'high',
  description:
    '`--token-auth-file` holds long-lived bearer tokens in clear text on the control-plane node; they cannot be rotated without restarting the API server.',
  remediation: 'Remove `--token-auth-file` and use client certificates, OIDC or service account tokens.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/#static-token-file', 'CIS Kubernetes Benchmark 1.2.3'],
  kics: ['Token auth file is set'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => componentInvocations(r, 'kube-apiserver')
      .filter((i) => i.flags.has('token-auth-file'))
      .map((i) => ({ message: 'kube-apiserver runs with --token-auth-file', at: i.at })),
};
