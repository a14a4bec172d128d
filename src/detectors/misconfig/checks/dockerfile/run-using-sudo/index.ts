import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, shellCommands, stageOf } from '../shared.js';

export const runUsingSudo: MisconfigCheck = {
  id: 'PAL-DF-012',
  slug: 'run-using-sudo',
  platform: 'dockerfile',
  title: 'RUN uses sudo',
  severity: 'medium',
  description:
    'Build steps already run as the current USER; sudo adds a setuid binary and unpredictable TTY and signal behaviour, and usually means the image keeps sudo for attackers to use.',
  remediation: 'Switch with `USER root` for the privileged steps and back to the unprivileged user afterwards; do not install sudo.',
  references: ['https://docs.docker.com/build/building/best-practices/', 'https://github.com/hadolint/hadolint#rules'],
  kics: ['Run Using Sudo'],
  resourceTypes: ['stage'],
  evaluate(r) {
    const out: CheckResult[] = [];
    for (const { ins, index } of instructions(stageOf(r), 'RUN')) {
      const words = shellCommands(ins.json ? ins.json.join(' ') : ins.value);
      if (words.some((w) => w[0] === 'sudo' || (w[0] === 'env' && w.includes('sudo')))) out.push({ message: 'RUN uses sudo', at: at(index) });
    }
    return out;
  },
};
