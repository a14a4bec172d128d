import { cfnCheck, checkSetting, mustNotBeTrue } from '../cfn.js';

// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding
export const rdsPublic = cfnCheck({
  id: 'PAL-CFN-020',
  slug: 'rds-public',
  title: 'RDS instance is publicly accessible',
  severity: 'critical',
  description:
    'PubliclyAccessible gives the database a public DNS name and IP; with a permissive security group it is reachable from the internet.',
  remediation: 'Set PubliclyAccessible to false and reach the database from inside the VPC.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 2.3.3',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
  ],
  kics: ['RDS DB Instance Publicly Accessible'],
  resourceTypes: ['AWS::RDS::DBInstance'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'PubliclyAccessible'],
      ok: mustNotBeTrue,
      missingOk: true,
      problem: 'is publicly accessible',
    }),
});
