import type { MisconfigCheck } from '../../../check.js';
import { get, NSA, PSS, volumes, WORKLOAD_KINDS } from '../workload.js';

/** Sockets of Docker, containerd, CRI-O, cri-dockerd and Podman, and the directories holding them. */
const RUNTIME_SOCKET = /^\/(var\/)?run\/(docker(\.sock)?|containerd(\/containerd\.sock)?|crio(\/crio\.sock)?|cri-dockerd\.sock|podman(\/podman\.sock)?)\/?$|\.sock$/;

export const containerRuntimeSocketMount: MisconfigCheck = {
  id: 'PAL-K8S-006',
  slug: 'container-runtime-socket-mount',
  platform: 'kubernetes',
  title: 'Container runtime socket mounted',
  severity: 'critical',
  description:
    'Mounting the container runtime socket (docker.sock, containerd.sock, crio.sock) lets the pod start privileged containers on the node, read every container\'s secrets and take over the node.',
  remediation: 'Do not mount the runtime socket. Build images with a rootless builder (BuildKit rootless, kaniko) and query node state through the Kubernetes API.',
  references: [`${PSS}#baseline`, 'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    volumes(r).flatMap((v) => {
      const p = get(v.v, ['hostPath', 'path']);
      if (typeof p !== 'string' || !RUNTIME_SOCKET.test(p)) return [];
      return [{ message: `volume '${v.name}' mounts the container runtime socket ${p}`, at: [...v.path, 'hostPath', 'path'] }];
    }),
};
