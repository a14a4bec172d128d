import type { CheckResult, MisconfigCheck } from '../../../check.js';
import { serviceOf } from '../shared.js';

const DANGEROUS = new Set(['ALL', 'SYS_ADMIN', 'SYS_PTRACE', 'SYS_MODULE', 'NET_ADMIN', 'DAC_READ_SEARCH', 'SYS_RAWIO', 'SYS_BOOT', 'BPF', 'PERFMON']);

export const dangerousCapabilities: MisconfigCheck = {
  id: 'PAL-DC-008',
  slug: 'dangerous-capabilities',
  platform: 'compose',
  title: 'Dangerous Linux capabilities added',
  severity: 'high',
  description:
    'cap_add of ALL, SYS_ADMIN, SYS_PTRACE, SYS_MODULE, NET_ADMIN or DAC_READ_SEARCH gives the container near-root powers over the host kernel, other processes or the network (CIS Docker Benchmark 5.3).',
  remediation: 'Add only the narrow capabilities the service needs (e.g. NET_BIND_SERVICE) and drop the rest with `cap_drop: [ALL]`.',
  references: ['https://docs.docker.com/reference/compose-file/services/#cap_add', 'https://www.cisecurity.org/benchmark/docker', 'https://man7.org/linux/man-pages/man7/capabilities.7.html'],
  kics: ['Container Capabilities Unrestricted'],
  resourceTypes: ['service'],
  evaluate(r) {
    const caps = serviceOf(r).cap_add;
    if (!Array.isArray(caps)) return [];
    const out: CheckResult[] = [];
    caps.forEach((c: unknown, i: number) => {
      const cap = String(c).toUpperCase().replace(/^CAP_/, '');
      if (DANGEROUS.has(cap)) out.push({ message: `${r.name} adds capability ${cap}`, at: ['cap_add', i] });
    });
    return out;
  },
};
