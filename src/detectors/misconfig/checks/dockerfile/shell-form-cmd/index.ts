import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, stageOf } from '../shared.js';

export const shellFormCmd: MisconfigCheck = {
  id: 'PAL-DF-025',
  slug: 'shell-form-cmd',
  platform: 'dockerfile',
  title: 'CMD/ENTRYPOINT in shell form',
  severity: 'low',
  description:
    'In shell form the process runs under `/bin/sh -c`, which does not forward SIGTERM: the application is killed after the stop timeout instead of shutting down cleanly.',
  remediation: 'Use the JSON (exec) form: `CMD ["node", "server.js"]`.',
  references: ['https://docs.docker.com/reference/dockerfile/#shell-and-exec-form', 'https://github.com/hadolint/hadolint#rules'],
  kics: ['Not Using JSON In CMD And ENTRYPOINT Arguments'],
  resourceTypes: ['stage'],
  evaluate(r) {
    const out: CheckResult[] = [];
    const stage = stageOf(r);
    // Build stages never run their CMD/ENTRYPOINT; only the final image's matter.
    if (!stage.final) return out;
    for (const { ins, index } of instructions(stage)) {
      // Includes `CMD [python, app.py]`: not valid JSON, so Docker runs it through a shell too.
      if ((ins.cmd === 'CMD' || ins.cmd === 'ENTRYPOINT') && !ins.json && ins.value !== '') {
        out.push({ message: `${ins.cmd} in shell form`, at: at(index) });
      }
    }
    return out;
  },
};
