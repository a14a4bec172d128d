import type { MisconfigCheck } from '../../../check.js';
import { arr, get, isObj, NSA, podSpec, PSS, WORKLOAD_KINDS } from '../workload.js';

/** The namespaced sysctls Pod Security Standards (baseline) allow ("safe" sysctls of the kubelet). */
const SAFE = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
]);

/** The kubelet accepts `/` as separator too (net/ipv4/tcp_syncookies): compare in dotted form. */
function normalize(name: string): string {
  return name.replace(/\//g, '.');
}

export const unsafeSysctls: MisconfigCheck = {
  id: 'PAL-K8S-018',
  slug: 'unsafe-sysctls',
  platform: 'kubernetes',
  title: 'Unsafe sysctls',
  severity: 'high',
  description:
    'Sysctls outside the safe set are not isolated per pod: they change kernel behaviour for every workload on the node, or let one pod exhaust kernel resources. Pod Security Standards (baseline) only allow the safe set; a PodSecurityPolicy that allows unsafe sysctls admits such pods.',
  remediation: 'Remove the unsafe sysctl from `spec.securityContext.sysctls` (tune it on dedicated nodes instead), and do not list unsafe sysctls in allowedUnsafeSysctls.',
  references: [`${PSS}#baseline`, 'https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/', NSA],
  kics: ['Cluster allows unsafe sysctls'],
  resourceTypes: [...WORKLOAD_KINDS, 'PodSecurityPolicy'],
  evaluate: (r) => {
    if (r.type === 'PodSecurityPolicy') {
      return arr(get(r.value, ['spec', 'allowedUnsafeSysctls'])).length > 0
        ? [{ message: `${r.name} allows unsafe sysctls`, at: ['spec', 'allowedUnsafeSysctls'] }]
        : [];
    }
    const ps = podSpec(r);
    if (!ps) return [];
    return arr(get(ps.spec, ['securityContext', 'sysctls'])).flatMap((s, i) =>
      isObj(s) && typeof s.name === 'string' && !SAFE.has(normalize(s.name))
        ? [{ message: `${r.name} sets the unsafe sysctl ${s.name}`, at: [...ps.path, 'securityContext', 'sysctls', i] }]
        : [],
    );
  },
};
