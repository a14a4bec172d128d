import type { CheckResult, MisconfigCheck } from '../../../check.js';
import { containers, get, NSA, podSpec, PSS, WORKLOAD_KINDS } from '../workload.js';

export const windowsHostProcess: MisconfigCheck = {
  id: 'PAL-K8S-023',
  slug: 'windows-host-process',
  platform: 'kubernetes',
  title: 'Windows HostProcess container',
  severity: 'high',
  description:
    'A Windows HostProcess container runs directly on the host with the privileges of a host user (often SYSTEM): it is the Windows equivalent of a privileged container. Pod Security Standards (baseline) forbid it.',
  remediation: 'Remove `securityContext.windowsOptions.hostProcess: true`; run node management tasks from a tightly controlled, separate namespace if at all.',
  references: [`${PSS}#baseline`, 'https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/', 'CIS Kubernetes Benchmark 5.2.11', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) => {
    const ps = podSpec(r);
    if (!ps) return [];
    const out: CheckResult[] = [];
    if (get(ps.spec, ['securityContext', 'windowsOptions', 'hostProcess']) === true) out.push({ message: `${r.name} runs as a Windows HostProcess pod`, at: [...ps.path, 'securityContext', 'windowsOptions', 'hostProcess'] });
    for (const c of containers(r)) {
      if (get(c.c, ['securityContext', 'windowsOptions', 'hostProcess']) === true) out.push({ message: `container '${c.name}' is a Windows HostProcess container`, at: [...c.path, 'securityContext', 'windowsOptions', 'hostProcess'] });
    }
    return out;
  },
};
