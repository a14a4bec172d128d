import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, runCommands, stageOf, subcommand } from '../shared.js';

export const aptUpgrade: MisconfigCheck = {
  id: 'PAL-DF-009',
  slug: 'apt-upgrade',
  platform: 'dockerfile',
  title: 'Distribution upgrade inside the image build',
  severity: 'low',
  description:
    '`apt-get upgrade`/`dist-upgrade` in a Dockerfile makes builds non-reproducible and can pull packages the base image maintainers deliberately held back; security updates belong in a fresher base image.',
  remediation: 'Drop the upgrade and rebuild on a recent, patched base image tag instead.',
  references: ['https://docs.docker.com/build/building/best-practices/', 'https://github.com/hadolint/hadolint#rules'],
  kics: [],
  resourceTypes: ['stage'],
  evaluate(r) {
    const out: CheckResult[] = [];
    for (const { ins, index } of instructions(stageOf(r), 'RUN')) {
      const hit = runCommands(ins).find((w) => subcommand(w, ['apt-get', 'apt', 'aptitude'], ['upgrade', 'dist-upgrade', 'full-upgrade']) !== undefined);
      if (hit) out.push({ message: `RUN ${hit[0]} ${hit.find((w) => w.endsWith('upgrade'))}`, at: at(index) });
    }
    return out;
  },
};
