import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A publicly accessible database gets a public DNS name and IP reachable from the internet.
export const rdsPublic: MisconfigCheck = {
  id: 'PAL-TF-020',
  slug: 'rds-public',
  platform: 'terraform',
  title: 'RDS instance is publicly accessible',
  severity: 'critical',
  description: 'A publicly accessible database gets a public DNS name and IP reachable from the internet.',
  remediation: 'Set publicly_accessible = false and reach the database from inside the VPC.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance',
    'CIS AWS Foundations 2.3.3',
  ],
  kics: ['RDS DB Instance Publicly Accessible'],
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster_instance'],
  evaluate: h.requireSetting(['publicly_accessible'], (v) => !h.isTrue(v), {
    flagMissing: false,
    bad: 'publicly_accessible is true',
  }),
};
