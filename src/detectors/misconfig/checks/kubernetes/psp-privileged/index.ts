import type { MisconfigCheck } from '../../../check.js';
import { get, NSA } from '../workload.js';

export const pspPrivileged: MisconfigCheck = {
  id: 'PAL-K8S-062',
  slug: 'psp-privileged',
  platform: 'kubernetes',
  title: 'PodSecurityPolicy allows privileged containers',
  severity: 'high',
  description:
    'A PodSecurityPolicy with `privileged: true` admits privileged containers, which have full access to the node.',
  remediation: 'Set `privileged: false`; PodSecurityPolicy was removed in Kubernetes 1.25: migrate to Pod Security admission (baseline or restricted).',
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-policy/', 'https://kubernetes.io/docs/tasks/configure-pod-container/migrate-from-psp/', NSA],
  kics: ['Root containers admitted'],
  resourceTypes: ['PodSecurityPolicy'],
  evaluate: (r) => get(r.value, ['spec', 'privileged']) === true ? [{ message: `${r.name} admits privileged containers`, at: ['spec', 'privileged'] }] : [],
};
