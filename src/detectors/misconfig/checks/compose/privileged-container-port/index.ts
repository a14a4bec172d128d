import type { MisconfigCheck } from '../../../check.js';
import { ports, serviceOf } from '../shared.js';

function lowPublished(p: string | undefined): boolean {
  if (p === undefined || p === '') return false;
  const first = Number(p.split('-')[0]);
  return Number.isFinite(first) && first > 0 && first < 1024;
}

export const privilegedContainerPort: MisconfigCheck = {
  id: 'PAL-DC-015',
  slug: 'privileged-container-port',
  platform: 'compose',
  title: 'Privileged port used inside the container',
  severity: 'low',
  description:
    'Listening on a port below 1024 inside the container requires root or the NET_BIND_SERVICE capability, which keeps the process more privileged than it needs to be.',
  remediation: 'Make the application listen on an unprivileged port (≥ 1024) and publish an unprivileged host port; put a reviewed reverse proxy or load balancer in front for 80/443.',
  references: ['https://docs.docker.com/reference/compose-file/services/#ports', 'https://docs.docker.com/engine/security/#linux-kernel-capabilities'],
  kics: ['Privileged Ports Mapped In Container'],
  resourceTypes: ['service'],
  evaluate(r) {
    const s = serviceOf(r);
    // Either side below 1024: inside, the process needs root or NET_BIND_SERVICE; on the host, the
    // mapping binds a privileged port that should belong to a reviewed system service.
    const low = ports(s).filter((p) => (p.target > 0 && p.target < 1024) || lowPublished(p.published));
    return low.length > 0 ? [{ message: `${r.name} maps privileged port(s): ${low.map((p) => (p.published ? `${p.published}:${p.target}` : String(p.target))).join(', ')}`, at: ['ports'] }] : [];
  },
};
