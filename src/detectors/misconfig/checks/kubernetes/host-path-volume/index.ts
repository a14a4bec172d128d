import type { MisconfigCheck } from '../../../check.js';
import { get, NSA, PSS, volumes, WORKLOAD_KINDS } from '../workload.js';

export const hostPathVolume: MisconfigCheck = {
  id: 'PAL-K8S-005',
  slug: 'host-path-volume',
  platform: 'kubernetes',
  title: 'hostPath volume',
  severity: 'medium',
  description:
    'A hostPath volume exposes a directory of the node to the pod: it can read other workloads\' data, plant files the node executes, and escape the container. Pod Security Standards (baseline) forbid hostPath volumes.',
  remediation: 'Use an emptyDir, a PersistentVolumeClaim, a ConfigMap/Secret or a CSI volume instead of hostPath.',
  references: [`${PSS}#baseline`, 'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath', 'CIS Kubernetes Benchmark 5.2.12', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    volumes(r)
      .filter((v) => v.v.hostPath !== undefined)
      .map((v) => ({
        message: `volume '${v.name}' mounts host path ${String(get(v.v, ['hostPath', 'path']) ?? '(none)')}`,
        at: get(v.v, ['hostPath', 'path']) !== undefined ? [...v.path, 'hostPath', 'path'] : [...v.path, 'hostPath'],
      })),
};
