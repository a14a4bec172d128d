import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, runCommands, stageOf, subcommand } from '../shared.js';

export const pipCache: MisconfigCheck = {
  id: 'PAL-DF-016',
  slug: 'pip-cache',
  platform: 'dockerfile',
  title: 'pip install keeps its cache',
  severity: 'low',
  description:
    'pip keeps downloaded wheels in ~/.cache/pip, adding tens of megabytes to the layer for nothing.',
  remediation: 'Use `pip install --no-cache-dir …` (or set PIP_NO_CACHE_DIR=1, or a cache mount).',
  references: ['https://docs.docker.com/build/building/best-practices/', 'https://pip.pypa.io/en/stable/cli/pip/#cmdoption-no-cache-dir'],
  kics: ['Pip install Keeping Cached Packages'],
  resourceTypes: ['stage'],
  evaluate(r) {
    const stage = stageOf(r);
    // PIP_NO_CACHE_DIR set by ENV applies to every later pip call.
    if (stage.instructions.some((i) => (i.cmd === 'ENV' || i.cmd === 'ARG') && /PIP_NO_CACHE_DIR[= ]+(1|true|yes|on|off|0|false)?/i.test(i.value))) return [];
    const out: CheckResult[] = [];
    for (const { ins, index } of instructions(stage, 'RUN')) {
      if (/type=cache/.test(ins.flags.mount ?? '') || /PIP_NO_CACHE_DIR=/.test(ins.value)) continue;
      const hit = runCommands(ins).some((w) => {
        const py = /^python[0-9.]*$/.test(w[0] ?? '') && w[1] === '-m' ? 2 : 0;
        const words = py ? w.slice(py) : w;
        return subcommand(words, ['pip', 'pip3', 'pip2'], ['install']) !== undefined && !words.includes('--no-cache-dir');
      });
      if (hit) out.push({ message: 'pip install without --no-cache-dir', at: at(index) });
    }
    return out;
  },
};
