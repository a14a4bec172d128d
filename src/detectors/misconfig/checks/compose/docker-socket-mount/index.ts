import type { MisconfigCheck } from '../../../check.js';
import { serviceOf, volumes } from '../shared.js';

const SOCKETS = /^(\/var)?\/run\/(docker|containerd\/containerd|crio\/crio|podman\/podman)\.sock$/;

export const dockerSocketMount: MisconfigCheck = {
  id: 'PAL-DC-006',
  slug: 'docker-socket-mount',
  platform: 'compose',
  title: 'Docker socket mounted into the container',
  severity: 'critical',
  description:
    'Whoever can talk to the Docker socket controls the Docker daemon, i.e. root on the host: a compromised container with /var/run/docker.sock mounted can start a privileged container and take over the machine (CIS Docker Benchmark 5.31).',
  remediation: 'Do not mount the container runtime socket; use a restricted API proxy or rootless alternatives if the service must manage containers.',
  references: ['https://docs.docker.com/reference/compose-file/services/#volumes', 'https://www.cisecurity.org/benchmark/docker', 'https://cheatsheetseries.owasp.org/cheatsheets/Docker_Security_Cheat_Sheet.html'],
  kics: ['Volume Has Sensitive Host Directory', 'Docker Socket Mounted In Container'],
  resourceTypes: ['service'],
  evaluate(r) {
    return volumes(serviceOf(r))
      .filter((v) => v.hostPath !== undefined && SOCKETS.test(v.hostPath))
      .map((v) => ({ message: `${r.name} mounts the container runtime socket ${v.hostPath}`, at: ['volumes', v.index] }));
  },
};
