import type { CheckResult, MisconfigCheck } from '../../../check.js';
import { serviceOf } from '../shared.js';

export const securityOptUnconfined: MisconfigCheck = {
  id: 'PAL-DC-010',
  slug: 'security-opt-unconfined',
  platform: 'compose',
  title: 'Seccomp, AppArmor or SELinux confinement disabled',
  severity: 'high',
  description:
    '`security_opt` with `seccomp:unconfined`, `apparmor:unconfined` or `label:disable` removes the kernel-level confinement that blocks many container escape techniques (CIS Docker Benchmark 5.1, 5.2, 5.21).',
  remediation: 'Remove the option, or point seccomp/AppArmor at a custom profile that allows just what the service needs.',
  references: ['https://docs.docker.com/reference/compose-file/services/#security_opt', 'https://www.cisecurity.org/benchmark/docker', 'https://docs.docker.com/engine/security/seccomp/'],
  kics: ['Seccomp Profile Is Disabled', 'AppArmor Profile Not Set'],
  resourceTypes: ['service'],
  evaluate(r) {
    const opts = serviceOf(r).security_opt;
    if (!Array.isArray(opts)) return [];
    const out: CheckResult[] = [];
    opts.forEach((o: unknown, i: number) => {
      const s = String(o).replace(/\s+/g, '').toLowerCase();
      if (/^(seccomp|apparmor)[:=]unconfined$/.test(s) || /^label[:=]disable$/.test(s)) out.push({ message: `${r.name} sets security_opt ${String(o)}`, at: ['security_opt', i] });
    });
    return out;
  },
};
