import type { MisconfigCheck } from '../../../check.js';
import { CIS, NSA, RBAC_GOOD_PRACTICES, RBAC_ROLE_KINDS, rulesGranting } from '../workload.js';

export const rbacPortForward: MisconfigCheck = {
  id: 'PAL-K8S-053',
  slug: 'rbac-port-forward',
  platform: 'kubernetes',
  title: 'RBAC rule allows port-forwarding to pods',
  severity: 'medium',
  description:
    'pods/portforward opens a tunnel to any port of any pod in scope, bypassing Services, Ingress authentication and NetworkPolicies.',
  remediation: 'Remove pods/portforward from roles that do not need it.',
  references: [RBAC_GOOD_PRACTICES, 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/', `${CIS} (5.1 RBAC and Service Accounts)`, NSA],
  kics: ['RBAC roles with port-forwarding permission'],
  resourceTypes: RBAC_ROLE_KINDS,
  evaluate: (r) =>
    rulesGranting(r, ['pods/portforward'], ['create', 'get']).map((g) => ({ message: `${r.name} allows pods/portforward`, at: g.at })),
};
