import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, flagList, get, WORKLOAD_KINDS } from '../workload.js';

export const authorizationAlwaysAllow: MisconfigCheck = {
  id: 'PAL-K8S-068',
  slug: 'authorization-always-allow',
  platform: 'kubernetes',
  title: 'Authorization mode AlwaysAllow',
  severity: 'critical',
  description:
    'With the AlwaysAllow authorizer every authenticated (or, with anonymous auth, every) request is allowed: the API server or kubelet does no access control at all.',
  remediation: 'Use `--authorization-mode=Node,RBAC` on kube-apiserver and `Webhook` on the kubelet (`authorization.mode: Webhook` in KubeletConfiguration).',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/authorization/#authorization-modules', 'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/', 'CIS Kubernetes Benchmark 1.2.7, 4.2.2'],
  kics: ['Authorization mode set to always allow'],
  resourceTypes: [...WORKLOAD_KINDS, 'KubeletConfiguration'],
  evaluate: (r) => {
    if (r.type === 'KubeletConfiguration') {
      return get(r.value, ['authorization', 'mode']) === 'AlwaysAllow' ? [{ message: `${r.name} authorizes every request (AlwaysAllow)`, at: ['authorization', 'mode'] }] : [];
    }
    return componentInvocations(r)
      .filter((i) => (i.component === 'kube-apiserver' || i.component === 'kubelet') && flagList(i.flags.get('authorization-mode')).includes('AlwaysAllow'))
      .map((i) => ({ message: `${i.component} runs with --authorization-mode including AlwaysAllow`, at: i.at }));
  },
};
