import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, runCommands, stageOf, subcommand } from '../shared.js';

const MANAGERS = [
  { progs: ['dnf', 'microdnf'], install: ['install', 'in'], cache: ['/var/cache/dnf', '/var/cache/yum'] },
  { progs: ['yum'], install: ['install'], cache: ['/var/cache/yum'] },
  { progs: ['zypper'], install: ['install', 'in'], cache: ['/var/cache/zypp'] },
];

export const packageCacheNotCleaned: MisconfigCheck = {
  id: 'PAL-DF-029',
  slug: 'package-cache-not-cleaned',
  platform: 'dockerfile',
  title: 'dnf/yum/zypper cache left in the final image',
  severity: 'low',
  description:
    'dnf, yum and zypper keep downloaded packages and metadata under /var/cache; unless cleaned in the same RUN they ship in the final image layer, adding size and stale metadata.',
  remediation: 'End the RUN with `&& dnf clean all` (`yum clean all`, `zypper clean -a`), or use a cache mount.',
  references: ['https://docs.docker.com/build/building/best-practices/', 'https://github.com/hadolint/hadolint#rules'],
  kics: ['Missing Dnf Clean All', 'Missing Zypper Clean', 'Yum Clean All Missing'],
  resourceTypes: ['stage'],
  evaluate(r) {
    const stage = stageOf(r);
    // Only the final stage ships; caches in build stages are thrown away with them.
    if (!stage.final) return [];
    const out: CheckResult[] = [];
    for (const { ins, index } of instructions(stage, 'RUN')) {
      if (/type=cache/.test(ins.flags.mount ?? '')) continue;
      const cmds = runCommands(ins);
      for (const m of MANAGERS) {
        if (!cmds.some((w) => subcommand(w, m.progs, m.install) !== undefined)) continue;
        const cleaned = cmds.some((w) => subcommand(w, m.progs, ['clean', 'cc']) !== undefined || (w[0] === 'rm' && w.some((a) => m.cache.some((c) => a.startsWith(c)))));
        if (!cleaned) out.push({ message: `${m.progs[0]} install without ${m.progs[0]} clean in the same RUN`, at: at(index) });
      }
    }
    return out;
  },
};
