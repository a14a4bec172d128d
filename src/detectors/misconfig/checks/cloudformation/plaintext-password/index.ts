import { asArray, cfnCheck, get } from '../cfn.js';
import type { CheckResult } from '../../../check.js';
import type { At } from '../cfn.js';

/** Password-like properties per resource type (paths below Properties; '*' = every element of a list). */
const PASSWORD_PATHS: Readonly<Record<string, readonly (readonly (string | '*')[])[]>> = {
  'AWS::RDS::DBInstance': [['MasterUserPassword']],
  'AWS::RDS::DBCluster': [['MasterUserPassword']],
  'AWS::DocDB::DBCluster': [['MasterUserPassword']],
  'AWS::Neptune::DBCluster': [['MasterUserPassword']],
  'AWS::Redshift::Cluster': [['MasterUserPassword']],
  'AWS::DirectoryService::SimpleAD': [['Password']],
  'AWS::DirectoryService::MicrosoftAD': [['Password']],
  'AWS::DMS::Endpoint': [['Password'], ['MongoDbSettings', 'Password']],
  'AWS::AmazonMQ::Broker': [['Users', '*', 'Password']],
  'AWS::ElastiCache::ReplicationGroup': [['AuthToken']],
  'AWS::OpenSearchService::Domain': [['AdvancedSecurityOptions', 'MasterUserOptions', 'MasterUserPassword']],
  'AWS::Elasticsearch::Domain': [['AdvancedSecurityOptions', 'MasterUserOptions', 'MasterUserPassword']],
};

function expand(value: unknown, path: readonly string[], base: At): At[] {
  if (path.length === 0) return [base];
  const [head, ...rest] = path;
  if (head === '*') return asArray(value).flatMap((v, i) => expand(v, rest, [...base, i]));
  return expand(get(value, [head!]), rest, [...base, head!]);
}

// Dynamic references keep secrets out of templates: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html
export const plaintextPassword = cfnCheck({
  id: 'PAL-CFN-090',
  slug: 'plaintext-password',
  title: 'Password is written in the template',
  severity: 'high',
  description:
    'A literal password (or a parameter default that supplies one) is stored in version control and visible to anyone who can read the template or describe the stack.',
  remediation:
    'Use a {{resolve:secretsmanager:…}} dynamic reference, ManageMasterUserPassword, or a NoEcho parameter without a Default.',
  references: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/security-best-practices.html#creds',
  ],
  kics: [
    'DocDB Cluster Master Password In Plaintext',
    'Directory Service Simple AD Password Exposed',
    'Directory Service Microsoft AD Password Set to Plaintext or Default Ref',
    'DMS Endpoint MongoDB Settings Password Exposed',
  ],
  resourceTypes: Object.keys(PASSWORD_PATHS),
  evaluate(r) {
    const out: CheckResult[] = [];
    // A literal equal to a parameter's name is a Ref written as a plain string (a broken template, not a secret).
    const paramNames = new Set(r.siblings.filter((s) => s.type === 'Parameter').map((s) => s.name));
    for (const path of PASSWORD_PATHS[r.type] ?? []) {
      for (const at of expand(get(r.value, ['Properties']), path, ['Properties'])) {
        const v = get(r.value, at);
        if (typeof v === 'string' && v !== '' && !v.startsWith('{{resolve:') && !paramNames.has(v))
          out.push({
            message: `${r.type.split('::').pop()} '${r.name}' has a plaintext ${String(at[at.length - 1])}`,
            at,
          });
      }
    }
    return out;
  },
});
