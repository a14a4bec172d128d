import type { MisconfigCheck } from '../../../check.js';
import { CIS, NSA, RBAC_GOOD_PRACTICES, RBAC_ROLE_KINDS, rulesGranting } from '../workload.js';

export const rbacNodesProxy: MisconfigCheck = {
  id: 'PAL-K8S-055',
  slug: 'rbac-nodes-proxy',
  platform: 'kubernetes',
  title: 'RBAC rule allows nodes/proxy',
  severity: 'critical',
  description:
    'nodes/proxy reaches the kubelet API directly: it can run commands in every pod of the node, bypassing admission control and the audit log of the API server.',
  remediation: 'Remove nodes/proxy; monitoring agents can read metrics from the metrics endpoints instead.',
  references: [RBAC_GOOD_PRACTICES, 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/', `${CIS} (5.1 RBAC and Service Accounts)`, NSA],
  kics: [],
  resourceTypes: RBAC_ROLE_KINDS,
  evaluate: (r) =>
    rulesGranting(r, ['nodes/proxy'], ['get', 'create']).map((g) => ({ message: `${r.name} allows nodes/proxy`, at: g.at })),
};
