import type { MisconfigCheck } from '../../../check.js';
import { CIS, get, NSA, RBAC_BINDING_KINDS, RBAC_GOOD_PRACTICES, subjectsOf } from '../workload.js';

export const clusterAdminBinding: MisconfigCheck = {
  id: 'PAL-K8S-048',
  slug: 'cluster-admin-binding',
  platform: 'kubernetes',
  title: 'Binding to cluster-admin',
  severity: 'high',
  description:
    'cluster-admin is superuser: full control over every resource in every namespace. A workload or person bound to it turns any compromise into a cluster compromise.',
  remediation: 'Bind a role with only the permissions needed; keep cluster-admin for break-glass use by administrators (system:masters is already bound).',
  references: [RBAC_GOOD_PRACTICES, 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/', `${CIS} (5.1 RBAC and Service Accounts)`, NSA],
  kics: ['Cluster admin rolebinding with superuser permissions'],
  resourceTypes: RBAC_BINDING_KINDS,
  evaluate: (r) =>
    get(r.value, ['roleRef', 'name']) === 'cluster-admin' && get(r.value, ['roleRef', 'kind']) !== 'Role'
      ? [{ message: `${r.name} grants cluster-admin to ${subjectsOf(r)}`, at: ['roleRef', 'name'] }]
      : [],
};
