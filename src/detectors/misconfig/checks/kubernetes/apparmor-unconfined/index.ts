import type { MisconfigCheck } from '../../../check.js';
import type { CheckResult } from '../../../check.js';
import { containers, get, isObj, NSA, podSpec, PSS, WORKLOAD_KINDS } from '../workload.js';

const ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/';

export const apparmorUnconfined: MisconfigCheck = {
  id: 'PAL-K8S-013',
  slug: 'apparmor-unconfined',
  platform: 'kubernetes',
  title: 'AppArmor disabled (unconfined)',
  severity: 'high',
  description:
    'An unconfined AppArmor profile removes the mandatory access control the runtime applies by default, so a compromised process can reach kernel interfaces and files the default profile denies. Pod Security Standards (baseline) forbid overriding it to unconfined.',
  remediation: 'Remove the `unconfined` profile: use `appArmorProfile.type: RuntimeDefault` (Kubernetes ≥ 1.30) or the `runtime/default` annotation, or a Localhost profile.',
  references: [`${PSS}#baseline`, 'https://kubernetes.io/docs/tutorials/security/apparmor/', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => {
    const ps = podSpec(r);
    if (!ps) return [];
    const out: CheckResult[] = [];
    const ann = isObj(ps.meta.annotations) ? ps.meta.annotations : {};
    for (const [k, v] of Object.entries(ann)) {
      if (k.startsWith(ANNOTATION) && v === 'unconfined') out.push({ message: `container '${k.slice(ANNOTATION.length)}' runs with AppArmor unconfined`, at: [...ps.metaPath, 'annotations', k] });
    }
    if (get(ps.spec, ['securityContext', 'appArmorProfile', 'type']) === 'Unconfined') out.push({ message: `${r.name} sets the pod AppArmor profile to Unconfined`, at: [...ps.path, 'securityContext', 'appArmorProfile', 'type'] });
    for (const c of containers(r)) {
      if (get(c.c, ['securityContext', 'appArmorProfile', 'type']) === 'Unconfined') out.push({ message: `container '${c.name}' sets its AppArmor profile to Unconfined`, at: [...c.path, 'securityContext', 'appArmorProfile', 'type'] });
    }
    return out;
  },
};
