import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, runCommands, stageOf, subcommand } from '../shared.js';

export const pipUnpinned: MisconfigCheck = {
  id: 'PAL-DF-023',
  slug: 'pip-unpinned',
  platform: 'dockerfile',
  title: 'pip install without pinned versions',
  severity: 'low',
  description:
    'pip install of bare package names pulls the newest release at build time: builds are not reproducible and a compromised release lands in the image.',
  remediation: 'Pin versions (`pip install flask==3.0.3`) or install from a hashed requirements/lock file.',
  references: ['https://docs.docker.com/build/building/best-practices/', 'https://github.com/hadolint/hadolint#rules', 'https://pip.pypa.io/en/stable/topics/secure-installs/'],
  kics: [],
  resourceTypes: ['stage'],
  evaluate(r) {
    const out: CheckResult[] = [];
    for (const { ins, index } of instructions(stageOf(r), 'RUN')) {
      for (const w of runCommands(ins)) {
        const words = /^python[0-9.]*$/.test(w[0] ?? '') && w[1] === '-m' ? w.slice(2) : w;
        const from = subcommand(words, ['pip', 'pip3', 'pip2'], ['install']);
        if (from === undefined) continue;
        const loose: string[] = [];
        for (let i = from; i < words.length; i++) {
          const a = words[i]!;
          // Options with a value: files and indexes are not package names.
          if (/^(-r|--requirement|-c|--constraint|-e|--editable|-i|--index-url|--extra-index-url|-f|--find-links|--target|-t|--prefix|--root)$/.test(a)) { i++; continue; }
          if (a.startsWith('-') || a.startsWith('$') || a.startsWith('.') || a.startsWith('/') || /[=<>~@]/.test(a) || /\.(whl|tar\.gz|zip)$/.test(a) || a.includes('://')) continue;
          loose.push(a);
        }
        if (loose.length) out.push({ message: `unpinned pip packages: ${loose.join(', ')}`, at: at(index) });
      }
    }
    return out;
  },
};
