import { asArray, cfnCheck, get, isFalse, isOpenCidr } from '../cfn.js';
import type { CheckResult } from '../../../check.js';

// https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html (public access is on by default, open to 0.0.0.0/0)
export const eksPublicEndpoint = cfnCheck({
  id: 'PAL-CFN-120',
  slug: 'eks-public-endpoint',
  title: 'EKS API endpoint is open to the internet',
  severity: 'high',
  description:
    'By default the Kubernetes API endpoint is public and reachable from 0.0.0.0/0; any leaked kubeconfig or API vulnerability is then exploitable from anywhere.',
  remediation:
    'Set ResourcesVpcConfig.EndpointPublicAccess to false (with EndpointPrivateAccess true), or restrict PublicAccessCidrs to known ranges.',
  references: [
    'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
    'CIS Amazon EKS Benchmark v1.5.0 5.4.2',
  ],
  resourceTypes: ['AWS::EKS::Cluster'],
  evaluate(r): CheckResult[] {
    const vpc = ['Properties', 'ResourcesVpcConfig'];
    const pub = get(r.value, [...vpc, 'EndpointPublicAccess']);
    if (isFalse(pub)) return [];
    const cidrs = get(r.value, [...vpc, 'PublicAccessCidrs']);
    if (cidrs !== undefined && !asArray(cidrs).some(isOpenCidr)) return [];
    return [
      {
        message: `cluster '${r.name}' exposes its API endpoint to 0.0.0.0/0`,
        at:
          pub !== undefined
            ? [...vpc, 'EndpointPublicAccess']
            : get(r.value, vpc) !== undefined
              ? vpc
              : undefined,
      },
    ];
  },
});
