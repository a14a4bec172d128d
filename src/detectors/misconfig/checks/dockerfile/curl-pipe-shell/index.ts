import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, stageOf } from '../shared.js';

export const curlPipeShell: MisconfigCheck = {
  id: 'PAL-DF-005',
  slug: 'curl-pipe-shell',
  platform: 'dockerfile',
  title: 'Remote script piped into a shell',
  severity: 'high',
  description:
    'Piping curl or wget output straight into sh/bash runs whatever the server returns at build time, with no integrity check; a compromised or hijacked URL executes arbitrary code in the build.',
  remediation: 'Download the script to a file, verify its checksum or signature, then run it (or install from a package manager).',
  references: ['https://docs.docker.com/build/building/best-practices/', 'https://github.com/hadolint/hadolint#rules'],
  kics: [],
  resourceTypes: ['stage'],
  evaluate(r) {
    const out: CheckResult[] = [];
    for (const { ins, index } of instructions(stageOf(r), 'RUN')) {
      const text = ins.json ? ins.json.join(' ') : ins.value;
      if (/\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+(-\S+\s+)*)?(\S*\/)?(ba|da|z|k)?sh\b/.test(text)) {
        out.push({ message: 'RUN pipes a download into a shell', at: at(index) });
      }
    }
    return out;
  },
};
