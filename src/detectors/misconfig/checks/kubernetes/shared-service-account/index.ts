import type { MisconfigCheck } from '../../../check.js';
import { namespaceOf, podSpec, WORKLOAD_KINDS } from '../workload.js';

function accountOf(spec: Record<string, unknown>): string | undefined {
  const v = spec.serviceAccountName ?? spec.serviceAccount;
  return typeof v === 'string' && v !== '' && v !== 'default' ? v : undefined;
}

export const sharedServiceAccount: MisconfigCheck = {
  id: 'PAL-K8S-093',
  slug: 'shared-service-account',
  platform: 'kubernetes',
  title: 'Service account shared by several workloads',
  severity: 'low',
  description:
    'When several workloads run as the same service account, each gets the permissions all of them need, and a compromise of any one exposes the others\' access.',
  remediation: 'Give every workload its own ServiceAccount with only the permissions it needs. (Using the namespace default account is PAL-K8S-037.)',
  references: ['https://kubernetes.io/docs/concepts/security/service-accounts/', 'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege'],
  kics: ['Shared service account'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => {
    const ps = podSpec(r);
    if (!ps) return [];
    const sa = accountOf(ps.spec);
    if (!sa) return [];
    // Judged within the file set: other workloads of the same namespace defined with this one.
    const others = r.siblings.filter((s) => namespaceOf(s) === namespaceOf(r) && podSpec(s) && accountOf(podSpec(s)!.spec) === sa);
    if (others.length === 0) return [];
    const field = ps.spec.serviceAccountName !== undefined ? 'serviceAccountName' : 'serviceAccount';
    return [{ message: `${r.name} shares service account '${sa}' with ${others.map((o) => o.name).join(', ')}`, at: [...ps.path, field] }];
  },
};
