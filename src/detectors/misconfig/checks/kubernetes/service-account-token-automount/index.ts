import type { MisconfigCheck } from '../../../check.js';
import { get, namespaceOf, NSA, podSpec, WORKLOAD_KINDS } from '../workload.js';

export const serviceAccountTokenAutomount: MisconfigCheck = {
  id: 'PAL-K8S-038',
  slug: 'service-account-token-automount',
  platform: 'kubernetes',
  title: 'Service account token automounted',
  severity: 'medium',
  description:
    'By default every pod gets its service account token mounted. Most applications never call the Kubernetes API, but an attacker with code execution can use the token to query and act on the cluster.',
  remediation: 'Set `automountServiceAccountToken: false` on the pod spec (or on its ServiceAccount) and mount a projected token only where the API is needed.',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting', 'CIS Kubernetes Benchmark 5.1.6', NSA],
  kics: ['Service account token auto-mount not disabled'],
  resourceTypes: [...WORKLOAD_KINDS, 'ServiceAccount'],
  evaluate: (r) => {
    if (r.type === 'ServiceAccount') {
      return r.value && get(r.value, ['automountServiceAccountToken']) === true
        ? [{ message: `${r.name} automounts its token into every pod`, at: ['automountServiceAccountToken'] }]
        : [];
    }
    const ps = podSpec(r);
    if (!ps) return [];
    const v = ps.spec.automountServiceAccountToken;
    if (v === false) return [];
    if (v === true) return [{ message: `${r.name} mounts the service account token`, at: [...ps.path, 'automountServiceAccountToken'] }];
    // The pod inherits the setting of its ServiceAccount: fine when that account, defined alongside, opts out.
    const sa = String(ps.spec.serviceAccountName ?? ps.spec.serviceAccount ?? 'default');
    const optsOut = r.siblings.some(
      (s) => s.type === 'ServiceAccount' && get(s.value, ['metadata', 'name']) === sa && namespaceOf(s) === namespaceOf(r) && get(s.value, ['automountServiceAccountToken']) === false,
    );
    return optsOut ? [] : [{ message: `${r.name} does not disable automountServiceAccountToken`, at: ps.path }];
  },
};
