import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, flagList, WORKLOAD_KINDS } from '../workload.js';

export const admissionNamespaceLifecycleDisabled: MisconfigCheck = {
  id: 'PAL-K8S-076',
  slug: 'admission-namespace-lifecycle-disabled',
  platform: 'kubernetes',
  title: 'NamespaceLifecycle admission plugin disabled',
  severity: 'medium',
  description:
    'NamespaceLifecycle stops objects being created in namespaces that are terminating or do not exist, and protects the system namespaces from deletion.',
  remediation: 'Remove NamespaceLifecycle from `--disable-admission-plugins`.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#namespacelifecycle', 'CIS Kubernetes Benchmark 1.2.15'],
  kics: ['Namespace lifecycle admission control plugin disabled'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => componentInvocations(r, 'kube-apiserver')
      .filter((i) => flagList(i.flags.get('disable-admission-plugins')).includes('NamespaceLifecycle'))
      .map((i) => ({ message: 'kube-apiserver disables the NamespaceLifecycle admission plugin', at: i.at })),
};
