import type { MisconfigCheck } from '../../../check.js';
import { containers, NSA, WORKLOAD_KINDS } from '../workload.js';

export const readinessProbeMissing: MisconfigCheck = {
  id: 'PAL-K8S-030',
  slug: 'readiness-probe-missing',
  platform: 'kubernetes',
  title: 'Readiness probe not defined',
  severity: 'low',
  description:
    'Without a readiness probe the pod receives traffic as soon as it starts, before it can serve, and keeps receiving it when it cannot (overloaded, dependency down).',
  remediation: 'Define `readinessProbe` (httpGet, tcpSocket, grpc or exec) for every long-running container.',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/', NSA],
  kics: [],
  // Run-to-completion workloads (Job, CronJob) are not probed for traffic or liveness in practice.
  resourceTypes: WORKLOAD_KINDS.filter((k) => k !== 'Job' && k !== 'CronJob'),
  evaluate: (r) =>
    containers(r, ['containers'])
      .filter((c) => c.c.readinessProbe === undefined || c.c.readinessProbe === null)
      .map((c) => ({ message: `container '${c.name}' has no readinessProbe`, at: c.path })),
};
