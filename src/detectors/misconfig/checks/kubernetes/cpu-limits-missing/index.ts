import type { MisconfigCheck } from '../../../check.js';
import { containers, get, NSA, WORKLOAD_KINDS } from '../workload.js';

export const cpuLimitsMissing: MisconfigCheck = {
  id: 'PAL-K8S-025',
  slug: 'cpu-limits-missing',
  platform: 'kubernetes',
  title: 'CPU limit not set',
  severity: 'low',
  description:
    'Without a CPU limit a container can use all idle CPU of the node; a runaway or compromised process (e.g. a crypto miner) starves its neighbours.',
  remediation: 'Set `resources.limits.cpu` on every container (and init container), e.g. from observed usage; a LimitRange can supply defaults per namespace.',
  references: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/', 'https://kubernetes.io/docs/concepts/policy/limit-range/', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  // Ephemeral (debug) containers cannot have resources.
  evaluate: (r) =>
    containers(r, ['containers', 'initContainers']).flatMap((c) => {
      const v = get(c.c, ['resources', 'limits', 'cpu']);
      if (v !== undefined && v !== null && v !== '') return [];
      return [{ message: `container '${c.name}' has no cpu limits`, at: get(c.c, ['resources', 'limits']) ? [...c.path, 'resources', 'limits'] : c.path }];
    }),
};
