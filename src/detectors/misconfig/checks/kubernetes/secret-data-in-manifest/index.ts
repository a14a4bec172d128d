import type { CheckResult, MisconfigCheck } from '../../../check.js';
import { isObj, NSA } from '../workload.js';

export const secretDataInManifest: MisconfigCheck = {
  id: 'PAL-K8S-041',
  slug: 'secret-data-in-manifest',
  platform: 'kubernetes',
  title: 'Secret with literal data in a manifest',
  severity: 'medium',
  description:
    'A Secret manifest with `data` or `stringData` stores the credential in the repository: base64 is an encoding, not encryption, so everyone with read access to the repository (and its history) has the secret.',
  remediation: 'Keep secret values out of the repository: use Sealed Secrets, SOPS, External Secrets Operator or the Secrets Store CSI driver, and rotate the committed value.',
  references: ['https://kubernetes.io/docs/concepts/security/secrets-good-practices/', 'https://kubernetes.io/docs/concepts/configuration/secret/', 'CIS Kubernetes Benchmark 5.4.2', NSA],
  kics: [],
  resourceTypes: ['Secret'],
  evaluate: (r) => {
    const out: CheckResult[] = [];
    const v = r.value as Record<string, unknown>;
    for (const field of ['data', 'stringData']) {
      const d = v[field];
      // Empty values are placeholders filled at deploy time.
      if (isObj(d) && Object.values(d).some((x) => x !== null && x !== undefined && String(x).trim() !== '')) {
        out.push({ message: `${r.name} holds ${Object.keys(d).join(', ')} in ${field}`, at: [field] });
      }
    }
    return out;
  },
};
