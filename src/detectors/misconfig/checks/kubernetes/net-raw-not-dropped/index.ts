import type { MisconfigCheck } from '../../../check.js';
import { arr, capabilitiesAt, capName, containers, get, NSA, WORKLOAD_KINDS } from '../workload.js';

export const netRawNotDropped: MisconfigCheck = {
  id: 'PAL-K8S-012',
  slug: 'net-raw-not-dropped',
  platform: 'kubernetes',
  title: 'NET_RAW capability not dropped',
  severity: 'medium',
  description:
    'NET_RAW is in the runtime\'s default set: it lets a compromised container craft raw packets, spoof addresses and run ARP/DNS spoofing against other pods on the node.',
  remediation: 'Add NET_RAW (or ALL) to `securityContext.capabilities.drop`.',
  references: ['CIS Kubernetes Benchmark 5.2.8', 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container', NSA],
  kics: ['NET_RAW capabilities not dropped'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    containers(r).flatMap((c) =>
      arr(get(c.c, ['securityContext', 'capabilities', 'drop'])).some((cap) => ['ALL', 'NET_RAW'].includes(capName(cap)))
        ? []
        : [{ message: `container '${c.name}' keeps the NET_RAW capability`, at: capabilitiesAt(c) }],
    ),
};
