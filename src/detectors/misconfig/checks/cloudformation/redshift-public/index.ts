import { cfnCheck, checkSetting, mustNotBeTrue } from '../cfn.js';

// https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html
export const redshiftPublic = cfnCheck({
  id: 'PAL-CFN-039',
  slug: 'redshift-public',
  title: 'Redshift cluster is publicly accessible',
  severity: 'critical',
  description:
    'A publicly accessible cluster gets a public endpoint; with a permissive security group the warehouse is reachable from the internet.',
  remediation: 'Set PubliclyAccessible to false.',
  references: ['https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html'],
  kics: ['Redshift Publicly Accessible'],
  resourceTypes: ['AWS::Redshift::Cluster'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'PubliclyAccessible'],
      ok: mustNotBeTrue,
      missingOk: true,
      problem: 'is publicly accessible',
    }),
});
