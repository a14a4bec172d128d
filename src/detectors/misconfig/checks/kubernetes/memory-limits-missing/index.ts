import type { MisconfigCheck } from '../../../check.js';
import { containers, get, NSA, WORKLOAD_KINDS } from '../workload.js';

export const memoryLimitsMissing: MisconfigCheck = {
  id: 'PAL-K8S-026',
  slug: 'memory-limits-missing',
  platform: 'kubernetes',
  title: 'Memory limit not set',
  severity: 'medium',
  description:
    'Without a memory limit a container can exhaust the node memory, triggering OOM kills and evictions of other workloads (denial of service).',
  remediation: 'Set `resources.limits.memory` on every container (and init container), e.g. from observed usage; a LimitRange can supply defaults per namespace.',
  references: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/', 'https://kubernetes.io/docs/concepts/policy/limit-range/', NSA],
  kics: ['Memory limits not defined'],
  resourceTypes: WORKLOAD_KINDS,
  // Ephemeral (debug) containers cannot have resources.
  evaluate: (r) =>
    containers(r, ['containers', 'initContainers']).flatMap((c) => {
      const v = get(c.c, ['resources', 'limits', 'memory']);
      if (v !== undefined && v !== null && v !== '') return [];
      return [{ message: `container '${c.name}' has no memory limits`, at: get(c.c, ['resources', 'limits']) ? [...c.path, 'resources', 'limits'] : c.path }];
    }),
};
