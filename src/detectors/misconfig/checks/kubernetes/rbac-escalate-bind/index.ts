import type { MisconfigCheck } from '../../../check.js';
import { CIS, NSA, RBAC_GOOD_PRACTICES, RBAC_ROLE_KINDS, rulesWithVerb } from '../workload.js';

export const rbacEscalateBind: MisconfigCheck = {
  id: 'PAL-K8S-050',
  slug: 'rbac-escalate-bind',
  platform: 'kubernetes',
  title: 'RBAC rule allows escalate or bind',
  severity: 'critical',
  description:
    'The escalate and bind verbs bypass the RBAC protection against privilege escalation: the subject can create or bind roles with permissions it does not hold, up to cluster-admin.',
  remediation: 'Remove the escalate and bind verbs; let cluster administrators manage roles and bindings.',
  references: [RBAC_GOOD_PRACTICES, 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/', `${CIS} (5.1 RBAC and Service Accounts)`, NSA],
  kics: ['RBAC roles allow privilege escalation'],
  resourceTypes: RBAC_ROLE_KINDS,
  evaluate: (r) => rulesWithVerb(r, ['escalate', 'bind']).map((g) => ({ message: `${r.name} grants the ${g.verb} verb`, at: g.at })),
};
