import { cfnCheck, checkSetting, nonEmpty } from '../cfn.js';

// https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html
export const secretsmanagerKmsKey = cfnCheck({
  id: 'PAL-CFN-164',
  slug: 'secretsmanager-kms-key',
  title: 'Secrets Manager secret uses the AWS managed key',
  severity: 'low',
  description:
    'With aws/secretsmanager, anyone in the account with secretsmanager:GetSecretValue can decrypt; a customer managed key adds a key policy as a second gate and is required to share the secret across accounts.',
  remediation: 'Set KmsKeyId to a customer managed KMS key.',
  references: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html'],
  kics: ['Secrets Manager Should Specify KmsKeyId'],
  resourceTypes: ['AWS::SecretsManager::Secret'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'KmsKeyId'],
      ok: nonEmpty,
      problem: 'is encrypted with the AWS managed key',
    }),
});
