import type { MisconfigCheck } from '../../../check.js';
import { serviceOf } from '../shared.js';

export const cpusNotLimited: MisconfigCheck = {
  id: 'PAL-DC-013',
  slug: 'cpus-not-limited',
  platform: 'compose',
  title: 'CPU not limited',
  severity: 'medium',
  description:
    'Without a CPU limit one service can exhaust the host CPU, starving every other container on it (CIS Docker Benchmark 5.10/5.11).',
  remediation: 'Set `deploy.resources.limits.cpus` (or `cpus` in the v2 file format).',
  references: ['https://docs.docker.com/reference/compose-file/services/#deploy', 'https://docs.docker.com/reference/compose-file/deploy/#resources', 'https://www.cisecurity.org/benchmark/docker'],
  kics: ['Cpus Not Limited'],
  resourceTypes: ['service'],
  evaluate(r) {
    const s = serviceOf(r);
    // Compose v2 file format: top-level `cpus`; v3 / Compose Spec: deploy.resources.limits.cpus.
    if (s.cpus !== undefined) return [];
    const limits = (s.deploy as { resources?: { limits?: Record<string, unknown> } } | undefined)?.resources?.limits;
    if (limits && limits.cpus !== undefined) return [];
    // Point at the limits block when there is one, else at the service.
    return [{ message: `${r.name} has no CPU limit`, ...(limits ? { at: ['deploy', 'resources', 'limits'] } : {}) }];
  },
};
