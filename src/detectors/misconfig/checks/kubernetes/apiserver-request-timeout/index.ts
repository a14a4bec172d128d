import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, WORKLOAD_KINDS } from '../workload.js';

/** Seconds of a Go duration (`1h1m1s`, `400s`, `6m`, `1.5h`); undefined when it is not one. */
export function goDurationSeconds(v: string): number | undefined {
  const unit: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, µs: 1e-6, ns: 1e-9 };
  if (!/^(\d+(\.\d+)?(h|ms|m|s|us|µs|ns))+$/.test(v)) return undefined;
  let total = 0;
  for (const m of v.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/g)) total += Number(m[1]) * unit[m[2]!]!;
  return total;
}

/** Above this, long-held requests make the API server easier to exhaust (the default is 60s). */
const MAX_SECONDS = 300;

export const apiserverRequestTimeout: MisconfigCheck = {
  id: 'PAL-K8S-095',
  slug: 'apiserver-request-timeout',
  platform: 'kubernetes',
  title: 'API server request timeout too long',
  severity: 'low',
  description:
    'A long `--request-timeout` lets each slow or stalled request hold API server resources for minutes, making the control plane easier to exhaust (the default is 60s).',
  remediation: 'Remove `--request-timeout` (default 60s) or keep it at 300s or less; raise it only for clusters that truly need long requests.',
  references: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/', 'CIS Kubernetes Benchmark 1.2.20 (1.6.0)'],
  kics: ['Request timeout not properly set'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    componentInvocations(r, 'kube-apiserver').flatMap((i) => {
      const v = i.flags.get('request-timeout');
      const s = v === undefined ? undefined : goDurationSeconds(v);
      return s !== undefined && s > MAX_SECONDS ? [{ message: `kube-apiserver runs with --request-timeout=${v!} (over ${MAX_SECONDS}s)`, at: i.at }] : [];
    }),
};
