import { asArray, cfnCheck, get, isObj } from '../cfn.js';

// https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html (no source SGs = port 22 open to 0.0.0.0/0)
export const eksNodegroupRemoteAccess = cfnCheck({
  id: 'PAL-CFN-123',
  slug: 'eks-nodegroup-remote-access',
  title: 'EKS node group allows SSH from anywhere',
  severity: 'high',
  description:
    'RemoteAccess with an SSH key and no SourceSecurityGroups opens port 22 on every worker node to the internet.',
  remediation: 'Remove RemoteAccess (use SSM Session Manager) or restrict it with SourceSecurityGroups.',
  references: ['https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html'],
  kics: ['EKS node group remote access'],
  resourceTypes: ['AWS::EKS::Nodegroup'],
  evaluate(r) {
    const ra = get(r.value, ['Properties', 'RemoteAccess']);
    if (!isObj(ra) || ra.Ec2SshKey === undefined) return [];
    return asArray(ra.SourceSecurityGroups).length > 0
      ? []
      : [{ message: `node group '${r.name}' allows SSH from 0.0.0.0/0`, at: ['Properties', 'RemoteAccess'] }];
  },
});
