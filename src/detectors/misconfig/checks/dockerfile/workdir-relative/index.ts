import type { MisconfigCheck } from '../../../check.js';
import { at, instructions, stageOf } from '../shared.js';

export const workdirRelative: MisconfigCheck = {
  id: 'PAL-DF-019',
  slug: 'workdir-relative',
  platform: 'dockerfile',
  title: 'WORKDIR is a relative path',
  severity: 'low',
  description:
    'A relative WORKDIR depends on every earlier WORKDIR, so moving one instruction silently changes where files land.',
  remediation: 'Use absolute paths: `WORKDIR /app`.',
  references: ['https://docs.docker.com/reference/dockerfile/#workdir', 'https://github.com/hadolint/hadolint#rules'],
  kics: ['WORKDIR Path Not Absolute'],
  resourceTypes: ['stage'],
  evaluate(r) {
    return instructions(stageOf(r), 'WORKDIR')
      .filter(({ ins }) => {
        const p = ins.value.replace(/^["']|["']$/g, '');
        // Variables may expand to an absolute path; Windows images use drive letters.
        return p !== '' && !p.startsWith('/') && !p.startsWith('$') && !/^[A-Za-z]:[\\\\/]/.test(p);
      })
      .map(({ ins, index }) => ({ message: `WORKDIR ${ins.value} is relative`, at: at(index) }));
  },
};
