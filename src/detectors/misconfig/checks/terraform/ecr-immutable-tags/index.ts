import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Mutable tags let someone replace an image behind a tag that deployments trust.
export const ecrImmutableTags: MisconfigCheck = {
  id: 'PAL-TF-062',
  slug: 'ecr-immutable-tags',
  platform: 'terraform',
  title: 'ECR image tags are mutable',
  severity: 'medium',
  description: 'Mutable tags let someone replace an image behind a tag that deployments trust.',
  remediation: 'Set image_tag_mutability = "IMMUTABLE".',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository'],
  kics: [],
  resourceTypes: ['aws_ecr_repository'],
  evaluate: h.requireSetting(['image_tag_mutability'], (v) => v === 'IMMUTABLE', {
    flagMissing: true,
    bad: 'image_tag_mutability is "MUTABLE"',
    missing: 'image_tag_mutability is not set',
  }),
};
