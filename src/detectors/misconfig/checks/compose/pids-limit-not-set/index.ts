import type { MisconfigCheck } from '../../../check.js';
import { serviceOf } from '../shared.js';

export const pidsLimitNotSet: MisconfigCheck = {
  id: 'PAL-DC-014',
  slug: 'pids-limit-not-set',
  platform: 'compose',
  title: 'PIDs limit not set',
  severity: 'medium',
  description:
    'Without a PIDs limit a fork bomb or runaway worker pool inside one container can exhaust the host process table and take down every other service (CIS Docker Benchmark 5.28).',
  remediation: 'Set `pids_limit: 100` (or `deploy.resources.limits.pids`), a positive number sized for the service.',
  references: ['https://docs.docker.com/reference/compose-file/services/#pids_limit', 'https://www.cisecurity.org/benchmark/docker'],
  kics: ['Pids Limit Not Set'],
  resourceTypes: ['service'],
  evaluate(r) {
    const s = serviceOf(r);
    const limits = (s.deploy as { resources?: { limits?: Record<string, unknown> } } | undefined)?.resources?.limits;
    const v = s.pids_limit ?? limits?.pids;
    if (v === undefined || v === null) return [{ message: `${r.name} has no pids_limit` }];
    // 0 and -1 mean unlimited.
    if (Number(v) <= 0) return [{ message: `${r.name} sets an unlimited pids_limit (${String(v)})`, at: s.pids_limit !== undefined ? ['pids_limit'] : ['deploy', 'resources', 'limits', 'pids'] }];
    return [];
  },
};
