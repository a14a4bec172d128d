import type { MisconfigCheck } from '../../../check.js';
import { arr, CIS, get, isObj, NSA, RBAC_BINDING_KINDS, RBAC_GOOD_PRACTICES } from '../workload.js';

export const rbacAnonymousBinding: MisconfigCheck = {
  id: 'PAL-K8S-056',
  slug: 'rbac-anonymous-binding',
  platform: 'kubernetes',
  title: 'Binding grants permissions to anonymous or unauthenticated users',
  severity: 'critical',
  description:
    'Subjects system:anonymous and system:unauthenticated are every request without valid credentials: anyone who can reach the API server gets the role.',
  remediation: 'Remove the anonymous/unauthenticated subject; bind the role to authenticated users, groups or service accounts.',
  references: [RBAC_GOOD_PRACTICES, 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/', `${CIS} (5.1 RBAC and Service Accounts)`, NSA],
  kics: [],
  resourceTypes: RBAC_BINDING_KINDS,
  evaluate: (r) =>
    arr(get(r.value, ['subjects'])).flatMap((s, i) =>
      isObj(s) && (s.name === 'system:anonymous' || s.name === 'system:unauthenticated')
        ? [{ message: `${r.name} grants ${String(get(r.value, ['roleRef', 'name']))} to ${String(s.name)}`, at: ['subjects', i] }]
        : [],
    ),
};
