import type { MisconfigCheck } from '../../../check.js';
import { containers, NSA, WORKLOAD_KINDS } from '../workload.js';

export const livenessProbeMissing: MisconfigCheck = {
  id: 'PAL-K8S-029',
  slug: 'liveness-probe-missing',
  platform: 'kubernetes',
  title: 'Liveness probe not defined',
  severity: 'medium',
  description:
    'Without a liveness probe a hung process (deadlock, exhausted pool) keeps receiving traffic and is never restarted.',
  remediation: 'Define `livenessProbe` (httpGet, tcpSocket, grpc or exec) for every long-running container.',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/', NSA],
  kics: ['Liveness probe is not defined'],
  // Run-to-completion workloads (Job, CronJob) are not probed for traffic or liveness in practice.
  resourceTypes: WORKLOAD_KINDS.filter((k) => k !== 'Job' && k !== 'CronJob'),
  evaluate: (r) =>
    containers(r, ['containers'])
      .filter((c) => c.c.livenessProbe === undefined || c.c.livenessProbe === null)
      .map((c) => ({ message: `container '${c.name}' has no livenessProbe`, at: c.path })),
};
