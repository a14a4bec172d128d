import type { MisconfigCheck } from '../../../check.js';
import { at, instructions, stageOf } from '../shared.js';

export const portOutOfRange: MisconfigCheck = {
  id: 'PAL-DF-027',
  slug: 'port-out-of-range',
  platform: 'dockerfile',
  title: 'EXPOSE port outside 0-65535',
  severity: 'low',
  description:
    'A port number above 65535 is invalid; the Dockerfile is wrong and whatever relies on it will not work.',
  remediation: 'Expose valid TCP/UDP port numbers (1-65535).',
  references: ['https://docs.docker.com/reference/dockerfile/#expose'],
  kics: ['UNIX Ports Out Of Range'],
  resourceTypes: ['stage'],
  evaluate(r) {
    return instructions(stageOf(r), 'EXPOSE')
      .filter(({ ins }) => ins.args.some((a) => a.split('/')[0]!.split('-').some((p) => /^\d+$/.test(p) && Number(p) > 65535)))
      .map(({ index }) => ({ message: 'EXPOSE port outside 0-65535', at: at(index) }));
  },
};
