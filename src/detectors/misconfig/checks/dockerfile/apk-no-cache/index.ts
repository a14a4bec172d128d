import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, runCommands, stageOf, subcommand } from '../shared.js';

export const apkNoCache: MisconfigCheck = {
  id: 'PAL-DF-011',
  slug: 'apk-no-cache',
  platform: 'dockerfile',
  title: 'apk add without --no-cache',
  severity: 'low',
  description:
    'apk add without `--no-cache` keeps the package index in /var/cache/apk, bloating the image layer.',
  remediation: 'Use `apk add --no-cache <packages>`.',
  references: ['https://docs.docker.com/build/building/best-practices/', 'https://github.com/hadolint/hadolint#rules', 'https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper'],
  kics: [],
  resourceTypes: ['stage'],
  evaluate(r) {
    const out: CheckResult[] = [];
    for (const { ins, index } of instructions(stageOf(r), 'RUN')) {
      if (/type=cache/.test(ins.flags.mount ?? '')) continue;
      const cmds = runCommands(ins);
      const adds = cmds.filter((w) => subcommand(w, ['apk'], ['add']) !== undefined);
      if (adds.length === 0) continue;
      const cleaned = cmds.some((w) => w[0] === 'rm' && w.some((a) => a.startsWith('/var/cache/apk')));
      if (!cleaned && adds.some((w) => !w.includes('--no-cache'))) out.push({ message: 'apk add without --no-cache', at: at(index) });
    }
    return out;
  },
};
