import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A public Kubernetes API endpoint is open to internet scanning and credential attacks (defaults to public).
export const eksPublicEndpoint: MisconfigCheck = {
  id: 'PAL-TF-046',
  slug: 'eks-public-endpoint',
  platform: 'terraform',
  title: 'EKS cluster API endpoint is public',
  severity: 'high',
  description:
    'A public Kubernetes API endpoint is open to internet scanning and credential attacks (defaults to public).',
  remediation:
    'Set endpoint_public_access = false (or restrict public_access_cidrs) and use the private endpoint.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster'],
  kics: ['EKS Cluster Has Public Access'],
  resourceTypes: ['aws_eks_cluster'],
  evaluate: h.requireSetting(['vpc_config', 0, 'endpoint_public_access'], (v) => !h.isTrue(v), {
    flagMissing: true,
    bad: 'vpc_config.endpoint_public_access is true',
    missing: 'vpc_config.endpoint_public_access is not set',
  }),
};
