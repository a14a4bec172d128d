import type { MisconfigCheck } from '../../../check.js';
import { serviceOf } from '../shared.js';

export const hostIpc: MisconfigCheck = {
  id: 'PAL-DC-004',
  slug: 'host-ipc',
  platform: 'compose',
  title: 'Host IPC namespace shared',
  severity: 'high',
  description:
    '`ipc: host` exposes the host shared memory segments and semaphores to the container, so it can read or tamper with other processes data (CIS Docker Benchmark 5.16).',
  remediation: 'Remove `ipc: host` (use `ipc: shareable`/`service:<name>` between cooperating containers).',
  references: ['https://docs.docker.com/reference/compose-file/services/#ipc', 'https://www.cisecurity.org/benchmark/docker'],
  kics: ['Shared Host IPC Namespace'],
  resourceTypes: ['service'],
  evaluate(r) {
    const v = serviceOf(r).ipc;
    return v === 'host' ? [{ message: `${r.name} shares the host IPC namespace`, at: ['ipc'] }] : [];
  },
};
