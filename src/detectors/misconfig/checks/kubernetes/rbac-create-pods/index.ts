import type { MisconfigCheck } from '../../../check.js';
import { CIS, NSA, RBAC_GOOD_PRACTICES, RBAC_ROLE_KINDS, rulesGranting } from '../workload.js';

export const rbacCreatePods: MisconfigCheck = {
  id: 'PAL-K8S-054',
  slug: 'rbac-create-pods',
  platform: 'kubernetes',
  title: 'RBAC rule allows creating workloads',
  severity: 'medium',
  description:
    'Whoever can create pods (directly or through a controller) can run them as any service account of the namespace and mount its Secrets: it is access to everything the namespace holds.',
  remediation: 'Grant workload creation only to deployment pipelines and administrators, and enforce Pod Security admission on the namespace.',
  references: [RBAC_GOOD_PRACTICES, 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/', `${CIS} (5.1 RBAC and Service Accounts)`, NSA],
  kics: [],
  resourceTypes: RBAC_ROLE_KINDS,
  evaluate: (r) =>
    rulesGranting(r, ['pods', 'deployments', 'daemonsets', 'statefulsets', 'replicasets', 'jobs', 'cronjobs'], ['create', 'update', 'patch'], '*').map((g) => ({ message: `${r.name} can create or change ${g.resource}`, at: g.at })),
};
