import type { MisconfigCheck } from '../../../check.js';
import { instructions, stageOf } from '../shared.js';

export const missingHealthcheck: MisconfigCheck = {
  id: 'PAL-DF-014',
  slug: 'missing-healthcheck',
  platform: 'dockerfile',
  title: 'No HEALTHCHECK in the final image',
  severity: 'low',
  description:
    'Without a HEALTHCHECK, Docker and Swarm cannot tell a hung container from a healthy one, so broken services keep receiving traffic (CIS Docker Benchmark 4.6).',
  remediation: 'Add `HEALTHCHECK CMD <probe>` to the final stage (or `HEALTHCHECK NONE` to state that the orchestrator probes it).',
  references: ['https://docs.docker.com/reference/dockerfile/#healthcheck', 'https://www.cisecurity.org/benchmark/docker'],
  kics: ['Healthcheck Instruction Missing'],
  resourceTypes: ['stage'],
  evaluate(r) {
    const stage = stageOf(r);
    if (!stage.final || stage.from.image === 'scratch') return [];
    return instructions(stage, 'HEALTHCHECK').length === 0 ? [{ message: `final stage ${stage.from.raw} has no HEALTHCHECK` }] : [];
  },
};
