import type { MisconfigCheck } from '../../../check.js';
import { serviceOf } from '../shared.js';

export const cgroupParent: MisconfigCheck = {
  id: 'PAL-DC-005',
  slug: 'cgroup-parent',
  platform: 'compose',
  title: 'Custom cgroup parent',
  severity: 'medium',
  description:
    'A custom `cgroup_parent` (or `cgroup: host`) moves the container out of the cgroup Docker manages for it, so resource limits and accounting may no longer apply (CIS Docker Benchmark 5.24).',
  remediation: 'Remove `cgroup_parent`/`cgroup: host` and keep the default cgroup.',
  references: ['https://docs.docker.com/reference/compose-file/services/#cgroup_parent', 'https://www.cisecurity.org/benchmark/docker'],
  kics: ['Cgroup Not Default'],
  resourceTypes: ['service'],
  evaluate(r) {
    const v = serviceOf(r).cgroup_parent;
    return typeof v === 'string' && v !== '' ? [{ message: `${r.name} sets cgroup_parent ${String(v)}`, at: ['cgroup_parent'] }] : [];
  },
};
