import type { MisconfigCheck } from '../../../check.js';
import { containers, get, NSA, WORKLOAD_KINDS } from '../workload.js';

export const memoryRequestsMissing: MisconfigCheck = {
  id: 'PAL-K8S-028',
  slug: 'memory-requests-missing',
  platform: 'kubernetes',
  title: 'Memory request not set',
  severity: 'low',
  description:
    'Without a memory request the scheduler can overcommit the node and the pod is first to be evicted under memory pressure.',
  remediation: 'Set `resources.requests.memory` on every container (and init container), e.g. from observed usage; a LimitRange can supply defaults per namespace.',
  references: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/', 'https://kubernetes.io/docs/concepts/policy/limit-range/', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  // Ephemeral (debug) containers cannot have resources.
  evaluate: (r) =>
    containers(r, ['containers', 'initContainers']).flatMap((c) => {
      const v = get(c.c, ['resources', 'requests', 'memory']);
      if (v !== undefined && v !== null && v !== '') return [];
      return [{ message: `container '${c.name}' has no memory requests`, at: get(c.c, ['resources', 'requests']) ? [...c.path, 'resources', 'requests'] : c.path }];
    }),
};
