import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, runCommands, stageOf, subcommand } from '../shared.js';

export const aptListsNotDeleted: MisconfigCheck = {
  id: 'PAL-DF-010',
  slug: 'apt-lists-not-deleted',
  platform: 'dockerfile',
  title: 'apt lists not deleted after install',
  severity: 'low',
  description:
    'apt-get install leaves the package index in /var/lib/apt/lists; unless it is removed in the same RUN it bloats the layer with stale metadata.',
  remediation: 'End the RUN with `&& rm -rf /var/lib/apt/lists/*` (or use a cache mount).',
  references: ['https://docs.docker.com/build/building/best-practices/', 'https://github.com/hadolint/hadolint#rules'],
  kics: ['Apt Get Install Lists Were Not Deleted'],
  resourceTypes: ['stage'],
  evaluate(r) {
    const out: CheckResult[] = [];
    for (const { ins, index } of instructions(stageOf(r), 'RUN')) {
      // A cache mount keeps the lists out of the layer anyway.
      if (/type=cache/.test(ins.flags.mount ?? '')) continue;
      const cmds = runCommands(ins);
      if (!cmds.some((w) => subcommand(w, ['apt-get', 'apt'], ['install']) !== undefined)) continue;
      const cleaned = cmds.some((w) => w[0] === 'rm' && w.some((a) => a.startsWith('/var/lib/apt/lists')));
      if (!cleaned) out.push({ message: 'apt install without rm -rf /var/lib/apt/lists/* in the same RUN', at: at(index) });
    }
    return out;
  },
};
