import type { MisconfigCheck } from '../../../check.js';
import { instructions, stageOf } from '../shared.js';

export const missingUser: MisconfigCheck = {
  id: 'PAL-DF-002',
  slug: 'missing-user',
  platform: 'dockerfile',
  title: 'No USER instruction: the image runs as root',
  severity: 'medium',
  description:
    'The final stage never sets USER, so the container runs as root by default (CIS Docker Benchmark 4.1).',
  remediation: 'Create an unprivileged user and add `USER <name>` to the final stage.',
  references: ['https://docs.docker.com/reference/dockerfile/#user', 'https://www.cisecurity.org/benchmark/docker'],
  kics: ['Missing User Instruction'],
  resourceTypes: ['stage'],
  evaluate(r) {
    const stage = stageOf(r);
    if (!stage.final || stage.from.image === 'scratch') return [];
    return instructions(stage, 'USER').length === 0 ? [{ message: `final stage ${stage.from.raw} has no USER instruction` }] : [];
  },
};
