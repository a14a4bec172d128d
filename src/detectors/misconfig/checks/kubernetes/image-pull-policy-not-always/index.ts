import type { MisconfigCheck } from '../../../check.js';
import { containers, NSA, WORKLOAD_KINDS } from '../workload.js';

export const imagePullPolicyNotAlways: MisconfigCheck = {
  id: 'PAL-K8S-034',
  slug: 'image-pull-policy-not-always',
  platform: 'kubernetes',
  title: 'Image pull policy is not Always',
  severity: 'low',
  description:
    'With IfNotPresent or Never the node reuses a cached image: a pod can start from an image the registry has replaced or revoked, and on a shared node it can use a private image pulled by another tenant without credentials being checked.',
  remediation: 'Set `imagePullPolicy: Always` (pulls are cheap when layers are cached), or pin images by digest.',
  references: ['https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy', 'https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#alwayspullimages', NSA],
  kics: ['Image pull policy of the container is not set to always'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    containers(r).flatMap((c) => {
      const p = c.c.imagePullPolicy;
      if (p === 'Always') return [];
      if (typeof p === 'string') return [{ message: `container '${c.name}' uses imagePullPolicy ${p}`, at: [...c.path, 'imagePullPolicy'] }];
      return [{ message: `container '${c.name}' does not set imagePullPolicy: Always`, at: c.path }];
    }),
};
