import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without flow logs there is no record of network traffic for detecting exfiltration or investigating incidents.
export const vpcFlowLogs: MisconfigCheck = {
  id: 'PAL-TF-084',
  slug: 'vpc-flow-logs',
  platform: 'terraform',
  title: 'VPC has no flow logs',
  severity: 'medium',
  description:
    'Without flow logs there is no record of network traffic for detecting exfiltration or investigating incidents.',
  remediation: 'Add an aws_flow_log with vpc_id = this VPC.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc',
    'CIS AWS Foundations 3.7',
  ],
  kics: [],
  resourceTypes: ['aws_vpc'],
  evaluate: (r) =>
    h.isModule(r) ||
    r.siblings.some(
      (s) => s.type === 'aws_flow_log' && String(h.get(s.value, ['vpc_id']) ?? '').includes(`${r.name}.`),
    )
      ? []
      : [{ message: `${r.name}: no aws_flow_log points at this VPC` }],
};
