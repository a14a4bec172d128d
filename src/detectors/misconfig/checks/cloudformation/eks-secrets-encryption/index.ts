import { asArray, cfnCheck, get } from '../cfn.js';

// https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html
export const eksSecretsEncryption = cfnCheck({
  id: 'PAL-CFN-121',
  slug: 'eks-secrets-encryption',
  title: 'EKS secrets are not envelope-encrypted with KMS',
  severity: 'medium',
  description:
    'Without an EncryptionConfig for "secrets", Kubernetes Secrets are stored in etcd protected only by the default volume encryption.',
  remediation:
    'Add EncryptionConfig with Resources [secrets] and a Provider.KeyArn of a customer managed KMS key.',
  references: [
    'https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html',
    'CIS Amazon EKS Benchmark v1.5.0 5.3.1',
  ],
  resourceTypes: ['AWS::EKS::Cluster'],
  evaluate(r) {
    const configs = asArray(get(r.value, ['Properties', 'EncryptionConfig']));
    const ok = configs.some(
      (c) =>
        asArray(get(c, ['Resources'])).includes('secrets') && get(c, ['Provider', 'KeyArn']) !== undefined,
    );
    return ok ? [] : [{ message: `cluster '${r.name}' does not encrypt Kubernetes secrets with KMS` }];
  },
});
