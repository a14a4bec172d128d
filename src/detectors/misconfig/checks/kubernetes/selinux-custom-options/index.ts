import type { CheckResult, MisconfigCheck } from '../../../check.js';
import { containers, get, isObj, NSA, podSpec, PSS, WORKLOAD_KINDS, type Path } from '../workload.js';

/** The SELinux types Pod Security Standards (baseline) allow; user and role must not be set. */
const ALLOWED_TYPES = ['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t'];

function inspect(opts: unknown, at: Path, who: string): CheckResult[] {
  if (!isObj(opts)) return [];
  const out: CheckResult[] = [];
  if (opts.type !== undefined && !ALLOWED_TYPES.includes(String(opts.type))) out.push({ message: `${who} sets SELinux type ${String(opts.type)}`, at: [...at, 'type'] });
  for (const f of ['user', 'role']) {
    if (opts[f] !== undefined && opts[f] !== '') out.push({ message: `${who} sets SELinux ${f} ${String(opts[f])}`, at: [...at, f] });
  }
  return out;
}

export const selinuxCustomOptions: MisconfigCheck = {
  id: 'PAL-K8S-016',
  slug: 'selinux-custom-options',
  platform: 'kubernetes',
  title: 'Custom SELinux user, role or type',
  severity: 'medium',
  description:
    'Setting a custom SELinux user or role, or a type other than the container types, can give the container an unconfined or host-level SELinux domain (e.g. spc_t). Pod Security Standards (baseline) forbid it.',
  remediation: 'Remove `seLinuxOptions.user` and `.role`, and use only container_t, container_init_t, container_kvm_t or container_engine_t as type (or leave it unset).',
  references: [`${PSS}#baseline`, 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#assign-selinux-labels-to-a-container', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => {
    const ps = podSpec(r);
    if (!ps) return [];
    return [
      ...inspect(get(ps.spec, ['securityContext', 'seLinuxOptions']), [...ps.path, 'securityContext', 'seLinuxOptions'], r.name),
      ...containers(r).flatMap((c) => inspect(get(c.c, ['securityContext', 'seLinuxOptions']), [...c.path, 'securityContext', 'seLinuxOptions'], `container '${c.name}'`)),
    ];
  },
};
