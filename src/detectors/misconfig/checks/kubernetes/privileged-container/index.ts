import type { MisconfigCheck } from '../../../check.js';
import { containers, get, NSA, PSS, WORKLOAD_KINDS } from '../workload.js';

export const privilegedContainer: MisconfigCheck = {
  id: 'PAL-K8S-001',
  slug: 'privileged-container',
  platform: 'kubernetes',
  title: 'Privileged container',
  severity: 'critical',
  description:
    'A privileged container has every capability and access to all host devices; a compromise of the container is a compromise of the node. Pod Security Standards (baseline) forbid it.',
  remediation: 'Remove `securityContext.privileged: true` (or set it to false) and grant only the specific capabilities the container needs.',
  references: [`${PSS}#baseline`, 'CIS Kubernetes Benchmark 5.2.2', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    containers(r)
      .filter((c) => get(c.c, ['securityContext', 'privileged']) === true)
      .map((c) => ({ message: `container '${c.name}' runs privileged`, at: [...c.path, 'securityContext', 'privileged'] })),
};
