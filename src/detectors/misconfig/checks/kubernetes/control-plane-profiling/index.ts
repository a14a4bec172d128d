import type { MisconfigCheck } from '../../../check.js';
import { componentInvocations, get, WORKLOAD_KINDS } from '../workload.js';

export const controlPlaneProfiling: MisconfigCheck = {
  id: 'PAL-K8S-067',
  slug: 'control-plane-profiling',
  platform: 'kubernetes',
  title: 'Profiling enabled on a control-plane component',
  severity: 'low',
  description:
    'The API server, controller manager and scheduler serve /debug/pprof profiling data by default, which reveals internals of the system and costs resources; it is rarely needed in production.',
  remediation: 'Start kube-apiserver, kube-controller-manager and kube-scheduler with `--profiling=false` (KubeSchedulerConfiguration: `enableProfiling: false`).',
  references: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/', 'CIS Kubernetes Benchmark 1.2.18, 1.3.2, 1.4.1'],
  kics: ['Profiling not set to false'],
  resourceTypes: [...WORKLOAD_KINDS, 'KubeSchedulerConfiguration'],
  evaluate: (r) => {
    if (r.type === 'KubeSchedulerConfiguration') {
      const v = get(r.value, ['enableProfiling']);
      if (v === false) return [];
      return [{ message: `${r.name} leaves profiling enabled`, at: v === undefined ? [] : ['enableProfiling'] }];
    }
    return componentInvocations(r)
      .filter((i) => ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'].includes(i.component) && i.flags.get('profiling') !== 'false')
      // A scheduler started with --config takes enableProfiling from its KubeSchedulerConfiguration (checked above).
      .filter((i) => !(i.component === 'kube-scheduler' && i.flags.has('config') && !i.flags.has('profiling')))
      .map((i) => ({ message: `${i.component} runs without --profiling=false`, at: i.at }));
  },
};
