import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, flagList, WORKLOAD_KINDS } from '../workload.js';

export const admissionAlwaysAdmit: MisconfigCheck = {
  id: 'PAL-K8S-075',
  slug: 'admission-always-admit',
  platform: 'kubernetes',
  title: 'AlwaysAdmit admission plugin enabled',
  severity: 'high',
  description:
    'The AlwaysAdmit admission plugin (deprecated) admits every request, effectively turning off the admission controls configured alongside it.',
  remediation: 'Remove AlwaysAdmit from `--enable-admission-plugins`.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#alwaysadmit', 'CIS Kubernetes Benchmark 1.2.11'],
  kics: ['Always admit admission control plugin set'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => componentInvocations(r, 'kube-apiserver')
      .filter((i) => flagList(i.flags.get('enable-admission-plugins')).includes('AlwaysAdmit'))
      .map((i) => ({ message: 'kube-apiserver enables the AlwaysAdmit admission plugin', at: i.at })),
};
