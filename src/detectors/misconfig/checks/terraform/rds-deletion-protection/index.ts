import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without deletion protection one terraform destroy or API call deletes the production database.
export const rdsDeletionProtection: MisconfigCheck = {
  id: 'PAL-TF-023',
  slug: 'rds-deletion-protection',
  platform: 'terraform',
  title: 'RDS instance has no deletion protection',
  severity: 'medium',
  description:
    'Without deletion protection one terraform destroy or API call deletes the production database.',
  remediation: 'Set deletion_protection = true.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance'],
  kics: [],
  resourceTypes: ['aws_db_instance'],
  evaluate: h.requireSetting(['deletion_protection'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'deletion_protection is not true',
    missing: 'deletion_protection is not set (defaults to false)',
  }),
};
