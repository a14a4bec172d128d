import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { at, instructions, runCommands, stageOf } from '../shared.js';

/** Octal mode whose "others" digit has the write bit, or a symbolic mode adding w for o/a. */
function worldWritable(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) return (Number(mode[mode.length - 1]) & 2) !== 0;
  return /(^|,)(a|o|ugo|)[+=][rxXst]*w/.test(mode) && !/^[ug]+[+=]/.test(mode);
}

export const chmodWorldWritable: MisconfigCheck = {
  id: 'PAL-DF-015',
  slug: 'chmod-world-writable',
  platform: 'dockerfile',
  title: 'chmod makes files world-writable',
  severity: 'medium',
  description:
    '`chmod 777` (or `o+w`) lets any user in the container modify the files, e.g. replace binaries or scripts that a privileged process later runs.',
  remediation: 'Grant only what is needed (e.g. `chmod 755` for executables, `chown app` plus `chmod 700` for data).',
  references: ['https://docs.docker.com/build/building/best-practices/', 'https://cwe.mitre.org/data/definitions/732.html'],
  kics: ['Chmod With Write Permission'],
  resourceTypes: ['stage'],
  evaluate(r) {
    const out: CheckResult[] = [];
    for (const { ins, index } of instructions(stageOf(r))) {
      if (ins.cmd === 'RUN') {
        const hit = runCommands(ins).some((w) => w[0] === 'chmod' && w.slice(1).some(worldWritable));
        if (hit) out.push({ message: 'chmod grants write access to all users', at: at(index) });
      } else if ((ins.cmd === 'COPY' || ins.cmd === 'ADD') && ins.flags.chmod !== undefined && worldWritable(ins.flags.chmod)) {
        out.push({ message: `${ins.cmd} --chmod=${ins.flags.chmod} makes files world-writable`, at: at(index) });
      }
    }
    return out;
  },
};
