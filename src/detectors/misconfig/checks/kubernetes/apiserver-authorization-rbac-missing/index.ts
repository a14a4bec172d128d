import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, flagList, WORKLOAD_KINDS } from '../workload.js';

export const apiserverAuthorizationRbacMissing: MisconfigCheck = {
  id: 'PAL-K8S-069',
  slug: 'apiserver-authorization-rbac-missing',
  platform: 'kubernetes',
  title: 'API server without RBAC authorization',
  severity: 'high',
  description:
    'Without the RBAC authorizer Roles and RoleBindings have no effect, and access control falls back to coarser (or no) authorizers.',
  remediation: 'Include RBAC in `--authorization-mode` (e.g. `--authorization-mode=Node,RBAC`).',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/', 'CIS Kubernetes Benchmark 1.2.9'],
  kics: ['Authorization mode RBAC not set'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => componentInvocations(r, 'kube-apiserver')
      .filter((i) => !flagList(i.flags.get('authorization-mode')).includes('RBAC'))
      .map((i) => ({ message: 'kube-apiserver runs without RBAC in --authorization-mode', at: i.at })),
};
