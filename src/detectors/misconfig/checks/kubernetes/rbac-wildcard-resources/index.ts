import type { MisconfigCheck } from '../../../check.js';
import { CIS, NSA, RBAC_GOOD_PRACTICES, RBAC_ROLE_KINDS, rbacRules } from '../workload.js';

export const rbacWildcardResources: MisconfigCheck = {
  id: 'PAL-K8S-047',
  slug: 'rbac-wildcard-resources',
  platform: 'kubernetes',
  title: 'RBAC rule grants access to all resources (*)',
  severity: 'high',
  description:
    'A `*` resource covers every current and future resource type of the API groups, including Secrets, pods/exec and RBAC objects themselves.',
  remediation: 'List the resources the subject needs explicitly.',
  references: [RBAC_GOOD_PRACTICES, 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/', `${CIS} (5.1 RBAC and Service Accounts)`, NSA],
  kics: [],
  resourceTypes: RBAC_ROLE_KINDS,
  evaluate: (r) => rbacRules(r).filter((rule) => rule.resources.includes('*')).map((rule) => ({ message: `${r.name} grants ${rule.verbs.join(', ')} on all resources`, at: [...rule.path, 'resources'] })),
};
