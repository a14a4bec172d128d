import type { MisconfigCheck } from '../../../check.js';
import { arr, capabilitiesAt, capName, containers, get, NSA, PSS, WORKLOAD_KINDS } from '../workload.js';

export const capabilitiesNotDropped: MisconfigCheck = {
  id: 'PAL-K8S-010',
  slug: 'capabilities-not-dropped',
  platform: 'kubernetes',
  title: 'Container does not drop all capabilities',
  severity: 'medium',
  description:
    'Containers start with the runtime\'s default capabilities (CHOWN, DAC_OVERRIDE, NET_RAW, SETUID, …), most of which an application never needs and an attacker can use. Pod Security Standards (restricted) require dropping ALL and adding back only NET_BIND_SERVICE.',
  remediation: 'Set `securityContext.capabilities.drop: ["ALL"]` and add back only the capabilities the process needs.',
  references: [`${PSS}#restricted`, 'CIS Kubernetes Benchmark 5.2.10', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    containers(r).flatMap((c) =>
      arr(get(c.c, ['securityContext', 'capabilities', 'drop'])).some((cap) => capName(cap) === 'ALL')
        ? []
        : [{ message: `container '${c.name}' does not drop ALL capabilities`, at: capabilitiesAt(c) }],
    ),
};
