import type { MisconfigCheck } from '../../../check.js';
import { serviceOf } from '../shared.js';

export const privileged: MisconfigCheck = {
  id: 'PAL-DC-001',
  slug: 'privileged',
  platform: 'compose',
  title: 'Privileged container',
  severity: 'critical',
  description:
    'A privileged container gets every capability and access to all host devices; escaping to the host is trivial (CIS Docker Benchmark 5.4).',
  remediation: 'Remove `privileged: true`; grant only the specific capabilities (`cap_add`) or devices (`devices`) the service needs.',
  references: ['https://docs.docker.com/reference/compose-file/services/#privileged', 'https://www.cisecurity.org/benchmark/docker'],
  kics: ['Privileged Containers Enabled'],
  resourceTypes: ['service'],
  evaluate(r) {
    const v = serviceOf(r).privileged;
    return v === true || v === 'true' ? [{ message: `${r.name} runs privileged`, at: ['privileged'] }] : [];
  },
};
