import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// IMDSv1 answers unauthenticated GETs, so an SSRF bug hands out the instance role credentials.
export const ec2Imdsv2: MisconfigCheck = {
  id: 'PAL-TF-057',
  slug: 'ec2-imdsv2',
  platform: 'terraform',
  title: 'EC2 instance allows IMDSv1',
  severity: 'high',
  description: 'IMDSv1 answers unauthenticated GETs, so an SSRF bug hands out the instance role credentials.',
  remediation: 'Set metadata_options { http_tokens = "required" }.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance',
    'CIS AWS Foundations 5.6',
  ],
  kics: ['IMDSv1 Enabled'],
  resourceTypes: ['aws_instance', 'aws_launch_template'],
  evaluate: h.requireSetting(['metadata_options', 0, 'http_tokens'], (v) => v === 'required', {
    flagMissing: true,
    bad: 'metadata_options.http_tokens is "optional"',
    missing: 'metadata_options.http_tokens is not set',
  }),
};
