import type { MisconfigCheck } from '../../../check.js';
import { get, NSA, volumes, WORKLOAD_KINDS } from '../workload.js';

/**
 * System directories of the node (Filesystem Hierarchy Standard, https://refspecs.linuxfoundation.org/fhs.shtml):
 * mounting any of them, or a path below, exposes host configuration, credentials, kernel interfaces or
 * other workloads' data. /opt, /srv, /mnt, /tmp and /data are application areas and not listed.
 */
const SENSITIVE = /^\/(?:$|(?:bin|boot|dev|etc|home|lib|lib32|lib64|proc|root|run|sbin|sys|usr|var)(?:\/|$))/;

export const sensitiveHostPathMount: MisconfigCheck = {
  id: 'PAL-K8S-007',
  slug: 'sensitive-host-path-mount',
  platform: 'kubernetes',
  title: 'Sensitive host directory mounted',
  severity: 'high',
  description:
    'The pod mounts a system directory of the node (/, /etc, /proc, /sys, /var, /root, …). It can read host credentials and kubelet keys, other pods\' logs and data, or change files the node trusts.',
  remediation: 'Remove the hostPath volume, or narrow it to a dedicated application directory mounted read-only.',
  references: ['https://kubernetes.io/docs/concepts/storage/volumes/#hostpath', 'CIS Kubernetes Benchmark 5.2.12', NSA],
  kics: ['Workload mounting with sensitive OS directory'],
  resourceTypes: [...WORKLOAD_KINDS, 'PersistentVolume'],
  evaluate: (r) => {
    const sensitive = (p: unknown): p is string => typeof p === 'string' && SENSITIVE.test(p.replace(/\/+$/, '') || '/');
    if (r.type === 'PersistentVolume') {
      // A hostPath PersistentVolume hands the node directory to whichever pod claims it.
      const p = get(r.value, ['spec', 'hostPath', 'path']);
      return sensitive(p) ? [{ message: `${r.name} exposes the host directory ${p}`, at: ['spec', 'hostPath', 'path'] }] : [];
    }
    return volumes(r).flatMap((v) => {
      const p = get(v.v, ['hostPath', 'path']);
      if (!sensitive(p)) return [];
      return [{ message: `volume '${v.name}' mounts the host directory ${p}`, at: [...v.path, 'hostPath', 'path'] }];
    });
  },
};
