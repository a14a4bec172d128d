import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, runCommands, stageOf } from '../shared.js';

export const cdInsteadOfWorkdir: MisconfigCheck = {
  id: 'PAL-DF-020',
  slug: 'cd-instead-of-workdir',
  platform: 'dockerfile',
  title: 'RUN cd instead of WORKDIR',
  severity: 'info',
  description:
    '`RUN cd dir && …` hides the working directory from later instructions and readers; WORKDIR makes it explicit and persistent.',
  remediation: 'Use `WORKDIR /path` before the commands that need it.',
  references: ['https://docs.docker.com/reference/dockerfile/#workdir', 'https://github.com/hadolint/hadolint#rules'],
  kics: [],
  resourceTypes: ['stage'],
  evaluate(r) {
    const out: CheckResult[] = [];
    for (const { ins, index } of instructions(stageOf(r), 'RUN')) {
      // A RUN that starts by changing directory (subshells and later `cd -` are fine).
      const first = runCommands(ins)[0];
      if (first && first[0] === 'cd' && first[1] !== undefined && first[1] !== '-') out.push({ message: `RUN starts with cd ${first[1]}`, at: at(index) });
    }
    return out;
  },
};
