import type { MisconfigCheck } from '../../../check.js';
import { NSA, podSpec, WORKLOAD_KINDS } from '../workload.js';

export const defaultServiceAccount: MisconfigCheck = {
  id: 'PAL-K8S-037',
  slug: 'default-service-account',
  platform: 'kubernetes',
  title: 'Pod uses the default service account',
  severity: 'low',
  description:
    'Pods without `serviceAccountName` run as the namespace\'s `default` service account, which every such pod shares: any permission granted to it for one workload is granted to all of them.',
  remediation: 'Create a dedicated ServiceAccount per workload and set `serviceAccountName` (with `automountServiceAccountToken: false` unless it calls the API).',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/', 'CIS Kubernetes Benchmark 5.1.5', NSA],
  kics: ['Service account name undefined or empty'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => {
    const ps = podSpec(r);
    if (!ps) return [];
    // `serviceAccount` is the deprecated alias of serviceAccountName.
    // An empty key (`serviceAccountName:` with no value) is null, i.e. not set.
    const set = (v: unknown) => v !== undefined && v !== null;
    const field = set(ps.spec.serviceAccountName) ? 'serviceAccountName' : set(ps.spec.serviceAccount) ? 'serviceAccount' : undefined;
    if (!field) return [{ message: `${r.name} sets no serviceAccountName and runs as the default service account`, at: ps.path }];
    const v = ps.spec[field];
    if (v === '' || v === 'default') return [{ message: `${r.name} runs as the default service account`, at: [...ps.path, field] }];
    return [];
  },
};
