import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, flagList, WORKLOAD_KINDS } from '../workload.js';

export const admissionEventRateLimit: MisconfigCheck = {
  id: 'PAL-K8S-089',
  slug: 'admission-event-rate-limit',
  platform: 'kubernetes',
  title: 'EventRateLimit admission plugin not enabled',
  severity: 'low',
  description:
    'Without EventRateLimit a misbehaving or malicious client can flood the API server and etcd with Events, degrading the control plane.',
  remediation: 'Add EventRateLimit to `--enable-admission-plugins` with an `--admission-control-config-file` defining the limits.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#eventratelimit', 'CIS Kubernetes Benchmark 1.2.10'],
  kics: ['Event rate limit admission control plugin not set'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => componentInvocations(r, 'kube-apiserver')
      .filter((i) => !flagList(i.flags.get('enable-admission-plugins')).includes('EventRateLimit'))
      .map((i) => ({ message: 'kube-apiserver runs without the EventRateLimit admission plugin', at: i.at })),
};
