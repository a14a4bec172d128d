import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, runCommands, stageOf, subcommand } from '../shared.js';

export const aptInstallRecommends: MisconfigCheck = {
  id: 'PAL-DF-008',
  slug: 'apt-install-recommends',
  platform: 'dockerfile',
  title: 'apt-get install without --no-install-recommends',
  severity: 'low',
  description:
    'Without `--no-install-recommends`, apt installs recommended packages too, growing the image and its attack surface with software nobody asked for.',
  remediation: 'Use `apt-get install -y --no-install-recommends <packages>`.',
  references: ['https://docs.docker.com/build/building/best-practices/', 'https://github.com/hadolint/hadolint#rules'],
  kics: ['APT-GET Not Avoiding Additional Packages'],
  resourceTypes: ['stage'],
  evaluate(r) {
    const out: CheckResult[] = [];
    for (const { ins, index } of instructions(stageOf(r), 'RUN')) {
      for (const words of runCommands(ins)) {
        if (subcommand(words, ['apt-get', 'apt'], ['install']) === undefined) continue;
        if (words.some((w) => w === '--no-install-recommends' || /APT::Install-Recommends=(false|0)/i.test(w))) continue;
        out.push({ message: `${words[0]} install without --no-install-recommends`, at: at(index) });
        break;
      }
    }
    return out;
  },
};
