import type { MisconfigCheck } from '../../../check.js';
import { at, instructions, stageOf } from '../shared.js';

function inRange(a: string): boolean {
  const m = /^(\d+)-(\d+)/.exec(a)!;
  return Number(m[1]) <= 22 && Number(m[2]) >= 22;
}

export const exposeSshPort: MisconfigCheck = {
  id: 'PAL-DF-013',
  slug: 'expose-ssh-port',
  platform: 'dockerfile',
  title: 'Port 22 (SSH) exposed',
  severity: 'medium',
  description:
    'Exposing port 22 suggests an SSH daemon in the container: an extra remote-login surface that containers should not need (use `docker exec`/`kubectl exec`).',
  remediation: 'Remove `EXPOSE 22` and the SSH server; debug with exec instead.',
  references: ['https://docs.docker.com/reference/dockerfile/#expose', 'https://www.cisecurity.org/benchmark/docker'],
  kics: ['Exposing Port 22 (SSH)'],
  resourceTypes: ['stage'],
  evaluate(r) {
    return instructions(stageOf(r), 'EXPOSE')
      .filter(({ ins }) => ins.args.some((a) => /^22(\/tcp)?$/i.test(a) || /^(\d+)-(\d+)(\/tcp)?$/.test(a) && inRange(a)))
      .map(({ index }) => ({ message: 'EXPOSE includes port 22', at: at(index) }));
  },
};
