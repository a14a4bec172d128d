import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, packageArgs, runCommands, stageOf, subcommand } from '../shared.js';

export const aptUnpinned: MisconfigCheck = {
  id: 'PAL-DF-021',
  slug: 'apt-unpinned',
  platform: 'dockerfile',
  title: 'apt-get install without pinned versions',
  severity: 'low',
  description:
    'Installing packages without versions makes the image depend on whatever the mirror serves on build day: builds are not reproducible and may pick up breaking or compromised versions.',
  remediation: 'Pin versions: `apt-get install -y --no-install-recommends curl=8.5.0-2ubuntu10.6`.',
  references: ['https://docs.docker.com/build/building/best-practices/', 'https://github.com/hadolint/hadolint#rules'],
  kics: ['Apt Get Install Pin Version Not Defined'],
  resourceTypes: ['stage'],
  evaluate(r) {
    const out: CheckResult[] = [];
    for (const { ins, index } of instructions(stageOf(r), 'RUN')) {
      for (const words of runCommands(ins)) {
        const from = subcommand(words, ['apt-get', 'apt'], ['install']);
        if (from === undefined) continue;
        const loose = packageArgs(words, from).filter((p) => !p.includes('=') && !p.endsWith('.deb') && !p.startsWith('$'));
        if (loose.length) out.push({ message: `unpinned apt packages: ${loose.join(', ')}`, at: at(index) });
      }
    }
    return out;
  },
};
