import type { MisconfigCheck } from '../../../check.js';
import { at, instructions, stageOf } from '../shared.js';

export const maintainerDeprecated: MisconfigCheck = {
  id: 'PAL-DF-017',
  slug: 'maintainer-deprecated',
  platform: 'dockerfile',
  title: 'MAINTAINER is deprecated',
  severity: 'info',
  description:
    'MAINTAINER has been deprecated since Docker 1.13; the metadata belongs in a LABEL where tooling reads it.',
  remediation: 'Replace `MAINTAINER name` with `LABEL org.opencontainers.image.authors="name"`.',
  references: ['https://docs.docker.com/reference/dockerfile/#maintainer-deprecated'],
  kics: ['Maintainer Instruction Being Used'],
  resourceTypes: ['stage'],
  evaluate(r) {
    return instructions(stageOf(r), 'MAINTAINER').map(({ index }) => ({ message: 'MAINTAINER is deprecated: use a LABEL', at: at(index) }));
  },
};
