import type { MisconfigCheck } from '../../../check.js';
import { imagesOf, NSA, parseImage, WORKLOAD_KINDS } from '../workload.js';

export const dashboardDeployed: MisconfigCheck = {
  id: 'PAL-K8S-045',
  slug: 'dashboard-deployed',
  platform: 'kubernetes',
  title: 'Kubernetes Dashboard deployed',
  severity: 'medium',
  description:
    'The Kubernetes Dashboard has been the entry point of real cluster compromises (exposed without authentication, or with a privileged service account). It is a standing web UI with cluster access.',
  remediation: 'Remove the Dashboard, or keep it unexposed (kubectl proxy / port-forward only) with a least-privilege service account and token login.',
  references: ['https://github.com/kubernetes/dashboard/blob/master/docs/user/access-control/README.md', 'CIS Kubernetes Benchmark 5.1', NSA],
  kics: ['Dashboard is enabled'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    imagesOf(r).flatMap((c) =>
      /(^|\/)(kubernetes-dashboard[\w-]*|kubernetesui(\/dashboard[\w-]*)?)$/.test(parseImage(c.image).name)
        ? [{ message: `container '${c.name}' runs the Kubernetes Dashboard (${c.image})`, at: [...c.path, 'image'] }]
        : [],
    ),
};
