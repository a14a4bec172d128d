import type { MisconfigCheck } from '../../../check.js';
import { at, instructions, stageOf } from '../shared.js';

export const addRemoteUrl: MisconfigCheck = {
  id: 'PAL-DF-003',
  slug: 'add-remote-url',
  platform: 'dockerfile',
  title: 'ADD fetches a remote URL',
  severity: 'medium',
  description:
    'ADD with an http(s) URL downloads content at build time without any checksum verification, so a compromised or changed remote file silently lands in the image.',
  remediation: 'Download with curl/wget in a RUN and verify a checksum (or use `ADD --checksum=sha256:…`).',
  references: ['https://docs.docker.com/reference/dockerfile/#add', 'https://docs.docker.com/build/building/best-practices/'],
  kics: ['Add Instead of Copy'],
  resourceTypes: ['stage'],
  evaluate(r) {
    return instructions(stageOf(r), 'ADD')
      .filter(({ ins }) => ins.flags.checksum === undefined && (ins.json ?? ins.args).slice(0, -1).some((a) => /^https?:\/\//i.test(a)))
      .map(({ index }) => ({ message: 'ADD downloads a remote URL without --checksum', at: at(index) }));
  },
};
