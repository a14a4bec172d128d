import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, runCommands, stageOf } from '../shared.js';

// Interactive tools and commands that act on running processes or the (absent) init system.
const UTILITIES = new Set(['top', 'htop', 'ps', 'free', 'kill', 'killall', 'pkill', 'shutdown', 'halt', 'reboot', 'poweroff', 'service', 'systemctl', 'ssh', 'vi', 'vim', 'nano', 'mount']);

export const runInteractiveUtilities: MisconfigCheck = {
  id: 'PAL-DF-031',
  slug: 'run-interactive-utilities',
  platform: 'dockerfile',
  title: 'RUN of interactive or host-process utilities',
  severity: 'info',
  description:
    'Commands such as top, ps, kill, shutdown, service, ssh or editors (vi, nano) are meaningless in a non-interactive build step and hint at a Dockerfile treated like a VM, often leaving tools an attacker can use in the image.',
  remediation: 'Remove these commands from RUN; inspect running containers with `docker exec` instead.',
  references: ['https://docs.docker.com/build/building/best-practices/', 'https://github.com/hadolint/hadolint#rules'],
  kics: ['Run Utilities And POSIX Commands'],
  resourceTypes: ['stage'],
  evaluate(r) {
    const out: CheckResult[] = [];
    for (const { ins, index } of instructions(stageOf(r), 'RUN')) {
      const hit = runCommands(ins).find((w) => UTILITIES.has(w[0] ?? ''));
      if (hit) out.push({ message: `RUN calls ${hit[0]}`, at: at(index) });
    }
    return out;
  },
};
