import type { MisconfigCheck } from '../../../check.js';
import { containers, deepest, get, NSA, WORKLOAD_KINDS } from '../workload.js';

export const readOnlyRootFilesystem: MisconfigCheck = {
  id: 'PAL-K8S-035',
  slug: 'read-only-root-filesystem',
  platform: 'kubernetes',
  title: 'Root filesystem is writable',
  severity: 'low',
  description:
    'A writable root filesystem lets an attacker who gains code execution drop tools, modify binaries and persist across process restarts inside the container.',
  remediation: 'Set `securityContext.readOnlyRootFilesystem: true` and mount an emptyDir where the application must write (e.g. /tmp).',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    containers(r, ['containers', 'initContainers']).flatMap((c) =>
      get(c.c, ['securityContext', 'readOnlyRootFilesystem']) === true
        ? []
        : [{ message: `container '${c.name}' has a writable root filesystem`, at: deepest(c.path, c.c, ['securityContext', 'readOnlyRootFilesystem']) }],
    ),
};
