import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, stageOf } from '../shared.js';

export const multipleCmdEntrypoint: MisconfigCheck = {
  id: 'PAL-DF-018',
  slug: 'multiple-cmd-entrypoint',
  platform: 'dockerfile',
  title: 'Several CMD or ENTRYPOINT instructions in a stage',
  severity: 'low',
  description:
    'Only the last CMD and ENTRYPOINT of a stage take effect; earlier ones are dead code that misleads readers about what the container runs.',
  remediation: 'Keep one CMD and at most one ENTRYPOINT per stage.',
  references: ['https://docs.docker.com/reference/dockerfile/#cmd', 'https://docs.docker.com/reference/dockerfile/#entrypoint', 'https://github.com/hadolint/hadolint#rules'],
  kics: ['Multiple ENTRYPOINT Instructions Listed', 'Multiple CMD Instructions Listed'],
  resourceTypes: ['stage'],
  evaluate(r) {
    const out: CheckResult[] = [];
    const stage = stageOf(r);
    // Only the final stage's CMD/ENTRYPOINT describe what ships; build stages never run them.
    if (!stage.final) return [];
    for (const cmd of ['CMD', 'ENTRYPOINT']) {
      const list = instructions(stage, cmd);
      for (const { index } of list.slice(0, -1)) out.push({ message: `more than one ${cmd} in ${r.name}: this one is overridden by a later one`, at: at(index) });
    }
    return out;
  },
};
