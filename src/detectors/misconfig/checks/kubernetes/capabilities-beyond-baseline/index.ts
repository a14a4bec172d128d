import type { MisconfigCheck } from '../../../check.js';
import { arr, capName, containers, get, NSA, PSS, WORKLOAD_KINDS } from '../workload.js';

/** The capabilities Pod Security Standards (baseline) allow adding: the container runtime defaults. */
const BASELINE = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);

export const capabilitiesBeyondBaseline: MisconfigCheck = {
  id: 'PAL-K8S-009',
  slug: 'capabilities-beyond-baseline',
  platform: 'kubernetes',
  title: 'Container adds capabilities beyond the baseline set',
  severity: 'high',
  description:
    'Capabilities such as NET_ADMIN, SYS_PTRACE, SYS_MODULE or BPF give a container kernel powers that allow escaping to the node or tampering with its network. Pod Security Standards (baseline) only allow adding the runtime\'s default set.',
  remediation: 'Remove the capability from `securityContext.capabilities.add`; keep only what the process needs from the baseline set (e.g. NET_BIND_SERVICE).',
  references: [`${PSS}#baseline`, 'https://man7.org/linux/man-pages/man7/capabilities.7.html', 'CIS Kubernetes Benchmark 5.2.9', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    containers(r).flatMap((c) =>
      arr(get(c.c, ['securityContext', 'capabilities', 'add'])).flatMap((cap, i) =>
        BASELINE.has(capName(cap)) ? [] : [{ message: `container '${c.name}' adds capability ${String(cap)}`, at: [...c.path, 'securityContext', 'capabilities', 'add', i] }],
      ),
    ),
};
