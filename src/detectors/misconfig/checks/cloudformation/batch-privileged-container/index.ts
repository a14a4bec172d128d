import { cfnCheck, get, isTrue } from '../cfn.js';

// https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerProperties.html (privileged)
export const batchPrivilegedContainer = cfnCheck({
  id: 'PAL-CFN-170',
  slug: 'batch-privileged-container',
  title: 'Batch job runs a privileged container',
  severity: 'high',
  description:
    'A privileged container has root access to the host; a compromised job can take over the compute environment instance.',
  remediation: 'Remove Privileged (or set false); grant specific Linux capabilities or devices instead.',
  references: ['https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerProperties.html'],
  kics: ['Batch Job Definition With Privileged Container Properties'],
  resourceTypes: ['AWS::Batch::JobDefinition'],
  evaluate(r) {
    const at = ['Properties', 'ContainerProperties', 'Privileged'];
    return isTrue(get(r.value, at))
      ? [{ message: `job definition '${r.name}' runs a privileged container`, at }]
      : [];
  },
});
