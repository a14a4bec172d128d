import type { MisconfigCheck } from '../../../check.js';
import { CIS, NSA, RBAC_GOOD_PRACTICES, RBAC_ROLE_KINDS, rulesGranting } from '../workload.js';

export const rbacSecretsRead: MisconfigCheck = {
  id: 'PAL-K8S-049',
  slug: 'rbac-secrets-read',
  platform: 'kubernetes',
  title: 'RBAC rule allows reading Secrets',
  severity: 'high',
  description:
    'get/list/watch on Secrets exposes every credential of the namespace (or cluster for a ClusterRole), including service account tokens of more privileged accounts; list and watch return the values too.',
  remediation: 'Remove Secret read access, or restrict it with resourceNames to the specific Secrets needed; prefer mounting Secrets into the pod.',
  references: [RBAC_GOOD_PRACTICES, 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/', `${CIS} (5.1 RBAC and Service Accounts)`, NSA],
  kics: [],
  resourceTypes: RBAC_ROLE_KINDS,
  evaluate: (r) => rulesGranting(r, ['secrets'], ['get', 'list', 'watch']).map((g) => ({ message: `${r.name} can read Secrets`, at: g.at })),
};
