import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// The notebook volume is not encrypted with a key you control.
export const sagemakerNotebookKms: MisconfigCheck = {
  id: 'PAL-TF-067',
  slug: 'sagemaker-notebook-kms',
  platform: 'terraform',
  title: 'SageMaker notebook instance has no KMS key',
  severity: 'medium',
  description: 'The notebook volume is not encrypted with a key you control.',
  remediation: 'Set kms_key_id.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance',
  ],
  kics: ['Sagemaker Notebook Instance Without KMS'],
  resourceTypes: ['aws_sagemaker_notebook_instance'],
  evaluate: h.requireSetting(['kms_key_id'], (v) => typeof v === 'string' && v !== '', {
    flagMissing: true,
    bad: 'kms_key_id is ""',
    missing: 'kms_key_id is not set',
  }),
};
