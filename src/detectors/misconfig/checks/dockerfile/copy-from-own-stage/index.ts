import type { MisconfigCheck } from '../../../check.js';
import { at, instructions, stageOf } from '../shared.js';

export const copyFromOwnStage: MisconfigCheck = {
  id: 'PAL-DF-026',
  slug: 'copy-from-own-stage',
  platform: 'dockerfile',
  title: 'COPY --from references the current stage',
  severity: 'medium',
  description:
    'COPY --from naming the stage it is in cannot work: the build fails or, with a same-named image, copies from an unexpected external image.',
  remediation: 'Point --from at an earlier stage (or an explicit image reference).',
  references: ['https://docs.docker.com/reference/dockerfile/#copy---from'],
  kics: ["COPY '--from' References Current FROM Alias"],
  resourceTypes: ['stage'],
  evaluate(r) {
    const stage = stageOf(r);
    if (!stage.name) return [];
    return instructions(stage, 'COPY')
      .filter(({ ins }) => ins.flags.from !== undefined && ins.flags.from.toLowerCase() === stage.name!.toLowerCase())
      .map(({ index }) => ({ message: `COPY --from=${stage.name} inside stage ${stage.name}`, at: at(index) }));
  },
};
