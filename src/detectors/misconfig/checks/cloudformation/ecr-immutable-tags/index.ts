import { cfnCheck, checkSetting } from '../cfn.js';

// https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html
export const ecrImmutableTags = cfnCheck({
  id: 'PAL-CFN-111',
  slug: 'ecr-immutable-tags',
  title: 'ECR repository allows tags to be overwritten',
  severity: 'low',
  description:
    'With mutable tags, a pushed image can silently replace what a tag such as v1.2.3 points to, so deployments by tag are not reproducible and can be poisoned.',
  remediation: 'Set ImageTagMutability to IMMUTABLE.',
  references: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html'],
  resourceTypes: ['AWS::ECR::Repository'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'ImageTagMutability'],
      ok: (v) => String(v).startsWith('IMMUTABLE'),
      problem: 'has mutable image tags',
    }),
});
