import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, runCommands, stageOf, subcommand } from '../shared.js';

export const apkUnpinned: MisconfigCheck = {
  id: 'PAL-DF-022',
  slug: 'apk-unpinned',
  platform: 'dockerfile',
  title: 'apk add without pinned versions',
  severity: 'low',
  description:
    'apk packages without a version constraint make builds non-reproducible and may silently pick up a different package version.',
  remediation: 'Pin versions: `apk add --no-cache curl=8.9.1-r1`.',
  references: ['https://docs.docker.com/build/building/best-practices/', 'https://github.com/hadolint/hadolint#rules'],
  kics: ['Unpinned Package Version in Apk Add'],
  resourceTypes: ['stage'],
  evaluate(r) {
    const out: CheckResult[] = [];
    for (const { ins, index } of instructions(stageOf(r), 'RUN')) {
      for (const words of runCommands(ins)) {
        const from = subcommand(words, ['apk'], ['add']);
        if (from === undefined) continue;
        // `--virtual name` takes a value; local .apk files are pinned by content.
        const args: string[] = [];
        for (let i = from; i < words.length; i++) {
          const w = words[i]!;
          if (w === '--virtual' || w === '-t' || w === '--repository' || w === '-X') { i++; continue; }
          if (!w.startsWith('-')) args.push(w);
        }
        const loose = args.filter((p) => !/[=<>~]/.test(p) && !p.endsWith('.apk') && !p.startsWith('$'));
        if (loose.length) out.push({ message: `unpinned apk packages: ${loose.join(', ')}`, at: at(index) });
      }
    }
    return out;
  },
};
