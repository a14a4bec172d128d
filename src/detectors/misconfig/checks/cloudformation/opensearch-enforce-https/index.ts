import { cfnCheck, get, isTrue } from '../cfn.js';

// https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html
export const opensearchEnforceHttps = cfnCheck({
  id: 'PAL-CFN-133',
  slug: 'opensearch-enforce-https',
  title: 'OpenSearch/Elasticsearch domain accepts plain HTTP or old TLS',
  severity: 'medium',
  description:
    'Without EnforceHTTPS, clients can send queries and credentials over plain HTTP; Policy-Min-TLS-1-0-2019-07 still allows TLS 1.0.',
  remediation:
    'Set DomainEndpointOptions.EnforceHTTPS to true and TLSSecurityPolicy to Policy-Min-TLS-1-2-2019-07 or newer.',
  references: [
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html',
  ],
  resourceTypes: ['AWS::Elasticsearch::Domain', 'AWS::OpenSearchService::Domain'],
  evaluate(r) {
    const opts = ['Properties', 'DomainEndpointOptions'];
    const enforce = get(r.value, [...opts, 'EnforceHTTPS']);
    if (!isTrue(enforce) && (enforce === undefined || typeof enforce !== 'object')) {
      return [
        {
          message: `domain '${r.name}' does not enforce HTTPS`,
          at:
            enforce !== undefined
              ? [...opts, 'EnforceHTTPS']
              : get(r.value, opts) !== undefined
                ? opts
                : undefined,
        },
      ];
    }
    const tls = get(r.value, [...opts, 'TLSSecurityPolicy']);
    return tls === 'Policy-Min-TLS-1-0-2019-07'
      ? [{ message: `domain '${r.name}' allows TLS 1.0`, at: [...opts, 'TLSSecurityPolicy'] }]
      : [];
  },
});
