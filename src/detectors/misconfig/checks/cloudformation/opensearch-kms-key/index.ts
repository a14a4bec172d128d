import { cfnCheck, get, isTrue } from '../cfn.js';

// https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html (without KmsKeyId the AWS managed key is used)
export const opensearchKmsKey = cfnCheck({
  id: 'PAL-CFN-131',
  slug: 'opensearch-kms-key',
  title: 'OpenSearch/Elasticsearch domain is encrypted with the AWS managed key',
  severity: 'low',
  description:
    'Without KmsKeyId the domain uses the AWS managed key, whose policy cannot be restricted or audited per domain.',
  remediation: 'Set EncryptionAtRestOptions.KmsKeyId to a customer managed key.',
  references: [
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html',
  ],
  kics: ['ElasticSearch Encryption With KMS Disabled'],
  resourceTypes: ['AWS::Elasticsearch::Domain', 'AWS::OpenSearchService::Domain'],
  evaluate(r) {
    const opts = ['Properties', 'EncryptionAtRestOptions'];
    if (!isTrue(get(r.value, [...opts, 'Enabled']))) return [];
    return get(r.value, [...opts, 'KmsKeyId']) === undefined
      ? [{ message: `domain '${r.name}' sets no KmsKeyId`, at: opts }]
      : [];
  },
});
