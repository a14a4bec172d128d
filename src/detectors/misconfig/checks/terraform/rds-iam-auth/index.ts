import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// IAM authentication replaces long-lived database passwords with short-lived tokens tied to IAM identities.
export const rdsIamAuth: MisconfigCheck = {
  id: 'PAL-TF-024',
  slug: 'rds-iam-auth',
  platform: 'terraform',
  title: 'RDS IAM database authentication is disabled',
  severity: 'medium',
  description:
    'IAM authentication replaces long-lived database passwords with short-lived tokens tied to IAM identities.',
  remediation: 'Set iam_database_authentication_enabled = true.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance'],
  kics: [],
  resourceTypes: ['aws_db_instance'],
  evaluate: h.requireSetting(['iam_database_authentication_enabled'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'iam_database_authentication_enabled is not true',
    missing: 'iam_database_authentication_enabled is not set (defaults to false)',
  }),
};
