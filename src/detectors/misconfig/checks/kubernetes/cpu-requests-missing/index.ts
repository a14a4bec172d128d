import type { MisconfigCheck } from '../../../check.js';
import { containers, get, NSA, WORKLOAD_KINDS } from '../workload.js';

export const cpuRequestsMissing: MisconfigCheck = {
  id: 'PAL-K8S-027',
  slug: 'cpu-requests-missing',
  platform: 'kubernetes',
  title: 'CPU request not set',
  severity: 'low',
  description:
    'Without a CPU request the scheduler cannot place the pod by its needs and the pod is first to be throttled under contention (BestEffort/Burstable QoS).',
  remediation: 'Set `resources.requests.cpu` on every container (and init container), e.g. from observed usage; a LimitRange can supply defaults per namespace.',
  references: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/', 'https://kubernetes.io/docs/concepts/policy/limit-range/', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  // Ephemeral (debug) containers cannot have resources.
  evaluate: (r) =>
    containers(r, ['containers', 'initContainers']).flatMap((c) => {
      const v = get(c.c, ['resources', 'requests', 'cpu']);
      if (v !== undefined && v !== null && v !== '') return [];
      return [{ message: `container '${c.name}' has no cpu requests`, at: get(c.c, ['resources', 'requests']) ? [...c.path, 'resources', 'requests'] : c.path }];
    }),
};
