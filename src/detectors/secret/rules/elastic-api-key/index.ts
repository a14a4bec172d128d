import type { SecretRule } from '../../rule.js';

/**
 * Elasticsearch / Elastic Cloud API key. The `encoded` API key is base64 of `id:api_key`; Elastic Cloud keys may start with `essu_`.
 * https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-create-api-key.html
 */
export const rule: SecretRule = {
  id: 'elastic-api-key',
  title: 'Elasticsearch / Elastic Cloud API key',
  severity: 'high',
  keywords: ['elastic', 'apikey '],
  regex:
    /(?:(?<![a-z0-9])elastic[\w.-]{0,30}?(?:api[_.-]?key|apikey)[\w.-]{0,10}?["'\]]{0,2}[ \t]{0,16}(?:=>|=|:|,)[ \t]{0,4}["'`]?|Authorization:[ \t]{0,4}ApiKey[ \t]{1,4})([A-Za-z0-9+/]{54,120}={0,2}|essu_[A-Za-z0-9+/]{40,120}={0,2})(?![A-Za-z0-9+/=])/i,
  entropy: 4,
  docs: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-create-api-key.html',
  remediation:
    'Revoke the credential in Elastic, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'ELASTIC_API_KEY=Khy4tfBfDyDw96RxPVmQiezGj4/aeecjB2OUP/iuL2Wa28XEsDL5PVR05A==',
      'curl -H "Authorization: ApiKey JGVvXMpcdect6xMLiHr6NjegpPg0veKbzcDgADL4ZTlHBQF8BQem7Q1aPWt0" https://es:9200/_search',
      'elasticsearch.apiKey: "essu_8zvXsXIgAxOlTSBsqL5ReYjDaWvWVErUhdJ6tO+AlGashGHFmyKqYhomkXB/yILV+oLgcNtw7qlN5dY+=="',
    ],
    negative: [
      'ELASTIC_API_KEY=${ELASTIC_API_KEY}',
      'ELASTIC_API_KEY=sima+YSFFHx9QmLjHfWc',
      'Authorization: ApiKey <encoded-key>',
    ],
  },
};
