import type { MisconfigCheck } from '../../../check.js';
import { imagesOf, NSA, parseImage, WORKLOAD_KINDS } from '../workload.js';

export const imageWithoutTag: MisconfigCheck = {
  id: 'PAL-K8S-032',
  slug: 'image-without-tag',
  platform: 'kubernetes',
  title: 'Image without a tag',
  severity: 'medium',
  description:
    'An image without tag or digest means `latest`: nodes may run different images and an upstream push changes what runs without any change to the manifest.',
  remediation: 'Add a specific version tag, ideally with its digest (`image: redis:7.2.5@sha256:…`).',
  references: ['https://kubernetes.io/docs/concepts/containers/images/#image-names', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    imagesOf(r).flatMap((c) => {
      const img = parseImage(c.image);
      return img.tag === undefined && !img.digest ? [{ message: `container '${c.name}' uses ${c.image} without a tag`, at: [...c.path, 'image'] }] : [];
    }),
};
