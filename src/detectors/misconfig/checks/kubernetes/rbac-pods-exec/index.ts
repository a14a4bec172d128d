import type { MisconfigCheck } from '../../../check.js';
import { CIS, NSA, RBAC_GOOD_PRACTICES, RBAC_ROLE_KINDS, rulesGranting } from '../workload.js';

export const rbacPodsExec: MisconfigCheck = {
  id: 'PAL-K8S-052',
  slug: 'rbac-pods-exec',
  platform: 'kubernetes',
  title: 'RBAC rule allows exec or attach into pods',
  severity: 'high',
  description:
    "pods/exec and pods/attach give a shell in any pod of the scope, with that pod's service account token, mounted Secrets and network position.",
  remediation: 'Remove pods/exec and pods/attach from roles of workloads and most users; use short-lived, audited break-glass access instead.',
  references: [RBAC_GOOD_PRACTICES, 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/', `${CIS} (5.1 RBAC and Service Accounts)`, NSA],
  kics: ['RBAC roles with exec permission'],
  resourceTypes: RBAC_ROLE_KINDS,
  evaluate: (r) =>
    rulesGranting(r, ['pods/exec', 'pods/attach'], ['create', 'get']).map((g) => ({ message: `${r.name} allows ${g.resource}`, at: g.at })),
};
