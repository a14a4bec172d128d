import type { MisconfigCheck } from '../../../check.js';
import { serviceOf } from '../shared.js';

export const hostPid: MisconfigCheck = {
  id: 'PAL-DC-003',
  slug: 'host-pid',
  platform: 'compose',
  title: 'Host PID namespace shared',
  severity: 'high',
  description:
    '`pid: host` lets the container see and signal every process on the host, and read their environment and memory with ptrace (CIS Docker Benchmark 5.15).',
  remediation: 'Remove `pid: host`; use `pid: "service:<name>"` to share with one sibling only if needed.',
  references: ['https://docs.docker.com/reference/compose-file/services/#pid', 'https://www.cisecurity.org/benchmark/docker'],
  kics: ['Host Namespace is Shared'],
  resourceTypes: ['service'],
  evaluate(r) {
    const v = serviceOf(r).pid;
    return v === 'host' ? [{ message: `${r.name} shares the host PID namespace`, at: ['pid'] }] : [];
  },
};
