import type { MisconfigCheck } from '../../../check.js';
import { serviceOf } from '../shared.js';

export const memoryNotLimited: MisconfigCheck = {
  id: 'PAL-DC-012',
  slug: 'memory-not-limited',
  platform: 'compose',
  title: 'Memory not limited',
  severity: 'medium',
  description:
    'Without a memory limit one service can exhaust the host memory, starving every other container on it (CIS Docker Benchmark 5.10/5.11).',
  remediation: 'Set `deploy.resources.limits.memory` (or `mem_limit` in the v2 file format).',
  references: ['https://docs.docker.com/reference/compose-file/services/#deploy', 'https://docs.docker.com/reference/compose-file/deploy/#resources', 'https://www.cisecurity.org/benchmark/docker'],
  kics: ['Memory Not Limited'],
  resourceTypes: ['service'],
  evaluate(r) {
    const s = serviceOf(r);
    // Compose v2 file format: top-level `mem_limit`; v3 / Compose Spec: deploy.resources.limits.memory.
    if (s.mem_limit !== undefined) return [];
    const limits = (s.deploy as { resources?: { limits?: Record<string, unknown> } } | undefined)?.resources?.limits;
    if (limits && limits.memory !== undefined) return [];
    // Point at the limits block when there is one, else at the service.
    return [{ message: `${r.name} has no memory limit`, ...(limits ? { at: ['deploy', 'resources', 'limits'] } : {}) }];
  },
};
