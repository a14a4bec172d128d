import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without audit logs there is no trace of who did what in the cluster.
export const eksLogging: MisconfigCheck = {
  id: 'PAL-TF-047',
  slug: 'eks-logging',
  platform: 'terraform',
  title: 'EKS control plane logging is disabled',
  severity: 'medium',
  description: 'Without audit logs there is no trace of who did what in the cluster.',
  remediation: 'Set enabled_cluster_log_types to include api, audit and authenticator.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster'],
  kics: ['EKS cluster logging is not enabled', 'Missing Cluster Log Types'],
  resourceTypes: ['aws_eks_cluster'],
  evaluate: h.requireSetting(['enabled_cluster_log_types'], (v) => Array.isArray(v) && v.includes('audit'), {
    flagMissing: true,
    bad: 'enabled_cluster_log_types is []',
    missing: 'enabled_cluster_log_types is not set',
  }),
};
