import type { MisconfigCheck } from '../../../check.js';
import { at, instructions, stageOf } from '../shared.js';

export const addInsteadOfCopy: MisconfigCheck = {
  id: 'PAL-DF-004',
  slug: 'add-instead-of-copy',
  platform: 'dockerfile',
  title: 'ADD used to copy local files',
  severity: 'low',
  description:
    'ADD auto-extracts archives and accepts URLs; for plain local files this magic is surprising and can unpack attacker-supplied archives. COPY does only what it says.',
  remediation: 'Use COPY for local files and directories; keep ADD only for local tar archives that must be extracted.',
  references: ['https://docs.docker.com/reference/dockerfile/#add', 'https://docs.docker.com/build/building/best-practices/', 'https://github.com/hadolint/hadolint#rules'],
  kics: ['Add Instead of Copy'],
  resourceTypes: ['stage'],
  evaluate(r) {
    const archive = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;
    return instructions(stageOf(r), 'ADD')
      .filter(({ ins }) => {
        const sources = (ins.json ?? ins.args).slice(0, -1);
        return sources.length > 0 && sources.every((a) => !/^(https?|git):\/\//i.test(a) && !a.startsWith('git@') && !archive.test(a));
      })
      .map(({ index }) => ({ message: 'ADD of local files: use COPY', at: at(index) }));
  },
};
