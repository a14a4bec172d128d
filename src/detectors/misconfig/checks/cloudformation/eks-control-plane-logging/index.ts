import { asArray, cfnCheck, get, isObj } from '../cfn.js';

const TYPES = ['api', 'audit', 'authenticator'];

// https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html
export const eksControlPlaneLogging = cfnCheck({
  id: 'PAL-CFN-122',
  slug: 'eks-control-plane-logging',
  title: 'EKS control plane audit logging is not enabled',
  severity: 'medium',
  description:
    'Without api, audit and authenticator logs there is no record of who did what against the Kubernetes API.',
  remediation: 'Set Logging.ClusterLogging.EnabledTypes to include api, audit and authenticator.',
  references: [
    'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
    'CIS Amazon EKS Benchmark v1.5.0 2.1.1',
  ],
  resourceTypes: ['AWS::EKS::Cluster'],
  evaluate(r) {
    const enabled = asArray(get(r.value, ['Properties', 'Logging', 'ClusterLogging', 'EnabledTypes']))
      .map((t) => (isObj(t) ? t.Type : t))
      .filter((t) => typeof t === 'string');
    const missing = TYPES.filter((t) => !enabled.includes(t));
    if (missing.length === 0) return [];
    const at = get(r.value, ['Properties', 'Logging']) !== undefined ? ['Properties', 'Logging'] : undefined;
    return [{ message: `cluster '${r.name}' does not log ${missing.join(', ')}`, at }];
  },
});
