import type { MisconfigCheck } from '../../../check.js';
import { serviceOf, volumes } from '../shared.js';

// System directories of the host (and their subpaths), per CIS Docker Benchmark 5.5.
const SENSITIVE = /^(\/|\/(etc|proc|sys|boot|dev|root|lib|lib64|usr|bin|sbin|var\/lib\/docker|var\/lib\/kubelet|var\/lib\/containerd|var\/run|run)(\/.*)?)$/;
const SOCKET = /\.sock$/;

export const sensitiveHostMount: MisconfigCheck = {
  id: 'PAL-DC-007',
  slug: 'sensitive-host-mount',
  platform: 'compose',
  title: 'Sensitive host directory mounted',
  severity: 'high',
  description:
    'Bind-mounting system directories (/, /etc, /proc, /sys, /boot, /dev, /root, /var/lib/docker…) gives the container read or write access to host configuration, credentials or kernel interfaces (CIS Docker Benchmark 5.5).',
  remediation: 'Mount only application data directories, read-only where possible; never system directories.',
  references: ['https://docs.docker.com/reference/compose-file/services/#volumes', 'https://www.cisecurity.org/benchmark/docker'],
  kics: ['Volume Has Sensitive Host Directory'],
  resourceTypes: ['service'],
  evaluate(r) {
    return volumes(serviceOf(r))
      .filter((v) => v.hostPath !== undefined && SENSITIVE.test(v.hostPath.replace(/\/+$/, '') || '/') && !SOCKET.test(v.hostPath))
      .map((v) => ({ message: `${r.name} mounts host path ${v.hostPath}`, at: ['volumes', v.index] }));
  },
};
