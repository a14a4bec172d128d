import { cfnCheck, checkSetting, mustBeTrue } from '../cfn.js';

// https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html
export const opensearchNodeToNodeEncryption = cfnCheck({
  id: 'PAL-CFN-132',
  slug: 'opensearch-node-to-node-encryption',
  title: 'OpenSearch/Elasticsearch node-to-node encryption is disabled',
  severity: 'medium',
  description:
    'Traffic between the nodes of the domain is unencrypted inside the VPC, exposing indexed data to anyone who can observe it.',
  remediation: 'Set NodeToNodeEncryptionOptions.Enabled to true.',
  references: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html'],
  resourceTypes: ['AWS::Elasticsearch::Domain', 'AWS::OpenSearchService::Domain'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'NodeToNodeEncryptionOptions', 'Enabled'],
      ok: mustBeTrue,
      problem: 'does not encrypt node-to-node traffic',
    }),
});
