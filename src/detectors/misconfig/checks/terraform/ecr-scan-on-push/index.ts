import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Images are not scanned for known vulnerabilities when pushed.
export const ecrScanOnPush: MisconfigCheck = {
  id: 'PAL-TF-061',
  slug: 'ecr-scan-on-push',
  platform: 'terraform',
  title: 'ECR image scanning on push is disabled',
  severity: 'medium',
  description: 'Images are not scanned for known vulnerabilities when pushed.',
  remediation: 'Add image_scanning_configuration { scan_on_push = true }.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository'],
  kics: [],
  resourceTypes: ['aws_ecr_repository'],
  evaluate: h.requireSetting(['image_scanning_configuration', 0, 'scan_on_push'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'image_scanning_configuration.scan_on_push is false',
    missing: 'image_scanning_configuration.scan_on_push is not set',
  }),
};
