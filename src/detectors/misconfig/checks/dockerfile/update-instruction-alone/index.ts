import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, runCommands, stageOf, subcommand } from '../shared.js';

const MANAGERS = [
  { progs: ['apt-get', 'apt'], update: ['update'], install: ['install'] },
  { progs: ['apk'], update: ['update'], install: ['add'] },
  // `yum update` upgrades as well as refreshing metadata; alone in its RUN it has the same caching issue.
  { progs: ['yum', 'dnf', 'microdnf'], update: ['makecache', 'update', 'upgrade', 'check-update'], install: ['install'] },
  { progs: ['zypper'], update: ['refresh', 'ref'], install: ['install', 'in'] },
];

export const updateInstructionAlone: MisconfigCheck = {
  id: 'PAL-DF-024',
  slug: 'update-instruction-alone',
  platform: 'dockerfile',
  title: 'Package index update in a separate RUN',
  severity: 'low',
  description:
    'A RUN that only updates the package index is cached as its own layer; a later `install` RUN then reuses a stale index and installs outdated (or missing) packages.',
  remediation: 'Update and install in the same RUN: `RUN apt-get update && apt-get install -y …`.',
  references: ['https://docs.docker.com/build/building/best-practices/', 'https://github.com/hadolint/hadolint#rules'],
  kics: ['Update Instruction Alone'],
  resourceTypes: ['stage'],
  evaluate(r) {
    const out: CheckResult[] = [];
    let updatedAlone: string | undefined;
    for (const { ins, index } of instructions(stageOf(r), 'RUN')) {
      const cmds = runCommands(ins);
      // pacman: -Sy/-Syu refreshes, -S installs.
      const pacman = cmds.filter((w) => w[0] === 'pacman');
      if (pacman.length > 0) {
        const refresh = pacman.some((w) => w.some((a) => /^-S[a-z]*y/.test(a)));
        const install = pacman.some((w) => w.some((a) => /^-S[a-z]*$/.test(a) && !/y/.test(a)) && w.some((a) => !a.startsWith('-') && a !== 'pacman'));
        if (refresh && !install) updatedAlone = 'pacman';
        else if (install && !refresh && updatedAlone === 'pacman') out.push({ message: 'pacman -S runs without the -Sy done in an earlier RUN', at: at(index) });
      }
      for (const m of MANAGERS) {
        const updates = cmds.some((w) => subcommand(w, m.progs, m.update) !== undefined);
        const installs = cmds.some((w) => subcommand(w, m.progs, m.install) !== undefined);
        if (updates && !installs) updatedAlone = m.progs[0];
        else if (installs && !updates && updatedAlone === m.progs[0]) {
          out.push({ message: `${m.progs[0]} install runs without the update done in an earlier RUN`, at: at(index) });
        }
      }
    }
    return out;
  },
};
