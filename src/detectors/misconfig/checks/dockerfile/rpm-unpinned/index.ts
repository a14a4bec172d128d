import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, packageArgs, runCommands, stageOf, subcommand } from '../shared.js';

export const rpmUnpinned: MisconfigCheck = {
  id: 'PAL-DF-030',
  slug: 'rpm-unpinned',
  platform: 'dockerfile',
  title: 'yum/dnf/zypper install without pinned versions',
  severity: 'low',
  description:
    'Installing RPM packages by bare name takes whatever the repository serves on build day: builds are not reproducible and may pull in a changed or compromised package.',
  remediation: 'Pin versions: `yum install -y httpd-2.4.62` (zypper: `nginx=1.21.5`).',
  references: ['https://docs.docker.com/build/building/best-practices/', 'https://github.com/hadolint/hadolint#rules'],
  kics: ['Yum install Without Version', 'Zypper Install Without Version'],
  resourceTypes: ['stage'],
  evaluate(r) {
    const out: CheckResult[] = [];
    for (const { ins, index } of instructions(stageOf(r), 'RUN')) {
      for (const words of runCommands(ins)) {
        const from = subcommand(words, ['yum', 'dnf', 'microdnf', 'zypper'], ['install', 'in']);
        if (from === undefined) continue;
        // RPM pins are name-version (httpd-2.4.62, name-$VERSION); zypper also accepts name=version / name>=version.
        const loose = packageArgs(words, from).filter(
          (p) => !/-(\d|\$)/.test(p) && !/[=<>]/.test(p) && !p.endsWith('.rpm') && !p.startsWith('$') && !p.startsWith('@') && !p.includes('/'),
        );
        if (loose.length) out.push({ message: `unpinned packages: ${loose.join(', ')}`, at: at(index) });
      }
    }
    return out;
  },
};
