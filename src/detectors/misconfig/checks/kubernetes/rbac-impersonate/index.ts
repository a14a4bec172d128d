import type { MisconfigCheck } from '../../../check.js';
import { CIS, NSA, RBAC_GOOD_PRACTICES, RBAC_ROLE_KINDS, rulesWithVerb } from '../workload.js';

export const rbacImpersonate: MisconfigCheck = {
  id: 'PAL-K8S-051',
  slug: 'rbac-impersonate',
  platform: 'kubernetes',
  title: 'RBAC rule allows impersonation',
  severity: 'critical',
  description:
    'The impersonate verb lets the subject act as other users, groups or service accounts, and so gain all of their permissions.',
  remediation: 'Remove the impersonate verb, or restrict it with resourceNames to specific, low-privilege identities.',
  references: [RBAC_GOOD_PRACTICES, 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/', `${CIS} (5.1 RBAC and Service Accounts)`, NSA],
  kics: ['RBAC roles with impersonate permission'],
  resourceTypes: RBAC_ROLE_KINDS,
  evaluate: (r) => rulesWithVerb(r, ['impersonate']).map((g) => ({ message: `${r.name} grants the impersonate verb`, at: g.at })),
};
