import type { MisconfigCheck } from '../../../check.js';
import { imagesOf, NSA, parseImage, WORKLOAD_KINDS } from '../workload.js';

export const imageWithoutDigest: MisconfigCheck = {
  id: 'PAL-K8S-033',
  slug: 'image-without-digest',
  platform: 'kubernetes',
  title: 'Image not pinned by digest',
  severity: 'low',
  description:
    'Tags are mutable: whoever can push to the repository (or compromise it) can replace what `app:1.4.2` points to. Only a digest identifies the exact image that was tested and scanned.',
  remediation: 'Reference the image by digest, e.g. `nginx:1.27.0@sha256:<digest>` (tools such as crane, skopeo or Renovate can resolve and update digests).',
  references: ['https://kubernetes.io/docs/concepts/containers/images/#image-names', 'https://slsa.dev/spec/v1.0/', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    imagesOf(r).flatMap((c) => (parseImage(c.image).digest ? [] : [{ message: `container '${c.name}' image ${c.image} is not pinned by digest`, at: [...c.path, 'image'] }])),
};
