import type { MisconfigCheck } from '../../../check.js';
import { imagesOf, NSA, parseImage, WORKLOAD_KINDS } from '../workload.js';

export const tillerDeployed: MisconfigCheck = {
  id: 'PAL-K8S-044',
  slug: 'tiller-deployed',
  platform: 'kubernetes',
  title: 'Helm v2 Tiller deployed',
  severity: 'high',
  description:
    'Tiller, the in-cluster server of Helm v2 (end of life since 2020), usually runs with cluster-admin rights and an unauthenticated gRPC port: anyone who can reach it can deploy anything.',
  remediation: 'Remove Tiller and migrate to Helm 3, which has no in-cluster component and uses the caller\'s own RBAC permissions.',
  references: ['https://helm.sh/docs/faq/changes_since_helm2/#removal-of-tiller', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    imagesOf(r).flatMap((c) => (/(^|\/)tiller$/.test(parseImage(c.image).name) ? [{ message: `container '${c.name}' runs Tiller (${c.image})`, at: [...c.path, 'image'] }] : [])),
};
