import type { MisconfigCheck } from '../../../check.js';
import { at, instructions, stageOf } from '../shared.js';

export const lastUserRoot: MisconfigCheck = {
  id: 'PAL-DF-001',
  slug: 'last-user-root',
  platform: 'dockerfile',
  title: 'Image runs as root (last USER is root)',
  severity: 'high',
  description:
    'The final image switches to root as its last USER, so every process in the container runs as root; a compromise of the application then has root inside the container and an easier path to the host.',
  remediation: 'End the final stage with `USER <non-root user>` (create it with useradd/adduser first).',
  references: ['https://docs.docker.com/reference/dockerfile/#user', 'https://www.cisecurity.org/benchmark/docker'],
  kics: ["Last User Is 'root'"],
  resourceTypes: ['stage'],
  evaluate(r) {
    const stage = stageOf(r);
    if (!stage.final) return [];
    const users = instructions(stage, 'USER');
    const last = users[users.length - 1];
    if (!last) return [];
    const user = (last.ins.args[0] ?? '').split(':')[0]!;
    return user === 'root' || user === '0' ? [{ message: `last USER of the final stage is ${user}`, at: at(last.index) }] : [];
  },
};
