import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, WORKLOAD_KINDS } from '../workload.js';

export const kubeletHostnameOverride: MisconfigCheck = {
  id: 'PAL-K8S-080',
  slug: 'kubelet-hostname-override',
  platform: 'kubernetes',
  title: 'Kubelet hostname override set',
  severity: 'low',
  description:
    '`--hostname-override` makes the node name of the kubelet differ from the host name, which breaks TLS verification between the API server and the kubelet.',
  remediation: 'Remove `--hostname-override` from the kubelet command line.',
  references: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/', 'CIS Kubernetes Benchmark 4.2.8'],
  kics: ['Kubelet hostname override is set'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => componentInvocations(r, 'kubelet')
      .filter((i) => i.flags.has('hostname-override'))
      .map((i) => ({ message: `kubelet runs with --hostname-override=${i.flags.get('hostname-override')!}`, at: i.at })),
};
