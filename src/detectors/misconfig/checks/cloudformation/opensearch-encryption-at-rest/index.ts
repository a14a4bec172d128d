import { cfnCheck, checkSetting, mustBeTrue } from '../cfn.js';

// https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html
export const opensearchEncryptionAtRest = cfnCheck({
  id: 'PAL-CFN-130',
  slug: 'opensearch-encryption-at-rest',
  title: 'OpenSearch/Elasticsearch domain is not encrypted at rest',
  severity: 'high',
  description: 'Indices, logs, swap and automated snapshots of the domain are stored unencrypted.',
  remediation: 'Set EncryptionAtRestOptions.Enabled to true (with a KmsKeyId).',
  references: [
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html',
  ],
  kics: ['ElasticSearch Not Encrypted At Rest'],
  resourceTypes: ['AWS::Elasticsearch::Domain', 'AWS::OpenSearchService::Domain'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'EncryptionAtRestOptions', 'Enabled'],
      ok: mustBeTrue,
      problem: 'is not encrypted at rest',
    }),
});
