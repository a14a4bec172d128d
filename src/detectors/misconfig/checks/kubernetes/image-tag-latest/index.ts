import type { MisconfigCheck } from '../../../check.js';
import { imagesOf, NSA, parseImage, WORKLOAD_KINDS } from '../workload.js';

export const imageTagLatest: MisconfigCheck = {
  id: 'PAL-K8S-031',
  slug: 'image-tag-latest',
  platform: 'kubernetes',
  title: 'Image uses the latest tag',
  severity: 'medium',
  description:
    'The `latest` tag moves: each node may run a different image, a rollback does not roll back, and a compromised upstream push reaches production on the next pull.',
  remediation: 'Pin a specific version tag, ideally with its digest (`image: nginx:1.27.0@sha256:…`).',
  references: ['https://kubernetes.io/docs/concepts/containers/images/#image-names', 'https://kubernetes.io/docs/concepts/configuration/overview/#container-images', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    imagesOf(r).flatMap((c) => {
      const img = parseImage(c.image);
      return img.tag === 'latest' && !img.digest ? [{ message: `container '${c.name}' uses ${c.image}`, at: [...c.path, 'image'] }] : [];
    }),
};
