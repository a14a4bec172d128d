import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, packageArgs, runCommands, stageOf, subcommand } from '../shared.js';

export const npmInstallUnpinned: MisconfigCheck = {
  id: 'PAL-DF-028',
  slug: 'npm-install-unpinned',
  platform: 'dockerfile',
  title: 'npm install of unpinned packages',
  severity: 'low',
  description:
    '`npm install <name>` without a version installs whatever is newest on build day, so builds are not reproducible and a compromised release lands in the image.',
  remediation: 'Use `npm ci` with a lockfile, or pin versions: `npm install -g typescript@5.6.3`.',
  references: ['https://docs.docker.com/build/building/best-practices/', 'https://docs.npmjs.com/cli/commands/npm-ci'],
  kics: ['NPM Install Command Without Pinned Version'],
  resourceTypes: ['stage'],
  evaluate(r) {
    const out: CheckResult[] = [];
    for (const { ins, index } of instructions(stageOf(r), 'RUN')) {
      for (const words of runCommands(ins)) {
        const from = subcommand(words, ['npm'], ['install', 'i', 'add']);
        if (from === undefined) continue;
        const loose = packageArgs(words, from).filter((p) => {
          if (p.startsWith('.') || p.startsWith('/') || p.includes('://') || p.startsWith('git+') || p.endsWith('.tgz')) return false;
          const at = p.lastIndexOf('@');
          // `@scope/name` has its first @ at 0; a version follows a later @.
          if (at <= 0) return true;
          const v = p.slice(at + 1);
          return v === '' || v === 'latest' || v === 'next';
        });
        if (loose.length) out.push({ message: `unpinned npm packages: ${loose.join(', ')}`, at: at(index) });
      }
    }
    return out;
  },
};
