import type { MisconfigCheck } from '../../../check.js';
import { arr, capName, containers, get, NSA, PSS, WORKLOAD_KINDS } from '../workload.js';

export const sysAdminCapability: MisconfigCheck = {
  id: 'PAL-K8S-011',
  slug: 'sys-admin-capability',
  platform: 'kubernetes',
  title: 'Container adds SYS_ADMIN or ALL capabilities',
  severity: 'critical',
  description:
    'CAP_SYS_ADMIN ("the new root") allows mounting filesystems, using many namespaces and escaping the container; adding ALL is equivalent to a privileged container without device access.',
  remediation: 'Remove SYS_ADMIN / ALL from `securityContext.capabilities.add`; use a dedicated, narrower capability or a device plugin.',
  references: [`${PSS}#baseline`, 'https://man7.org/linux/man-pages/man7/capabilities.7.html', 'CIS Kubernetes Benchmark 5.2.9', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    containers(r).flatMap((c) =>
      arr(get(c.c, ['securityContext', 'capabilities', 'add'])).flatMap((cap, i) =>
        ['SYS_ADMIN', 'ALL'].includes(capName(cap))
          ? [{ message: `container '${c.name}' adds capability ${String(cap)}`, at: [...c.path, 'securityContext', 'capabilities', 'add', i] }]
          : [],
      ),
    ),
};
