import type { MisconfigCheck } from '../../../check.js';
import { CIS, NSA, RBAC_GOOD_PRACTICES, RBAC_ROLE_KINDS, rbacRules } from '../workload.js';

export const rbacWildcardVerbs: MisconfigCheck = {
  id: 'PAL-K8S-046',
  slug: 'rbac-wildcard-verbs',
  platform: 'kubernetes',
  title: 'RBAC rule grants all verbs (*)',
  severity: 'high',
  description:
    'A `*` verb grants every current and future verb (including escalate, bind, impersonate, delete) on the listed resources, far more than a workload or person normally needs.',
  remediation: 'List the verbs the subject needs explicitly (e.g. get, list, watch).',
  references: [RBAC_GOOD_PRACTICES, 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/', `${CIS} (5.1 RBAC and Service Accounts)`, NSA],
  kics: [],
  resourceTypes: RBAC_ROLE_KINDS,
  evaluate: (r) => rbacRules(r).filter((rule) => rule.verbs.includes('*')).map((rule) => ({ message: `${r.name} grants every verb on ${rule.resources.join(', ') || '(no resources)'}`, at: [...rule.path, 'verbs'] })),
};
