import type { MisconfigCheck } from '../../../check.js';
import { NSA, PSS, volumes, WORKLOAD_KINDS } from '../workload.js';

/** Volume types Pod Security Standards (restricted) allow. */
const ALLOWED = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret']);

export const restrictedVolumeTypes: MisconfigCheck = {
  id: 'PAL-K8S-022',
  slug: 'restricted-volume-types',
  platform: 'kubernetes',
  title: 'Volume type not allowed by the restricted profile',
  severity: 'low',
  description:
    'In-tree volume types (hostPath, nfs, iscsi, rbd, gitRepo, …) mount node or network storage directly from the pod spec, bypassing PersistentVolume administration; gitRepo even runs git on the node. Pod Security Standards (restricted) only allow configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret.',
  remediation: 'Replace the volume with a PersistentVolumeClaim (backed by a PersistentVolume or a CSI driver) or one of the allowed types; replace gitRepo with an init container that clones into an emptyDir.',
  references: [`${PSS}#restricted`, 'https://kubernetes.io/docs/concepts/storage/volumes/', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    volumes(r).flatMap((v) => {
      const types = Object.keys(v.v).filter((k) => k !== 'name');
      const bad = types.filter((t) => !ALLOWED.has(t));
      return bad.length > 0 ? [{ message: `volume '${v.name}' uses the ${bad.join(', ')} volume type`, at: v.path }] : [];
    }),
};
