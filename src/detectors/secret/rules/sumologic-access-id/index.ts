import type { SecretRule } from '../../rule.js';

/**
 * Sumo Logic access ID. Access IDs (`su` + 12 characters) pair with an access key; alone they identify the key.
 * https://help.sumologic.com/docs/manage/security/access-keys/
 */
export const rule: SecretRule = {
  id: 'sumologic-access-id',
  title: 'Sumo Logic access ID',
  severity: 'medium',
  keywords: ['sumo'],
  regex:
    /(?<![a-z])(?:sumo(?:[_.\-]?logic)?[_.\-]?(?:[\w.\-]{0,12}?[_.\-])?access[_.\-]?id)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}(su[A-Za-z0-9]{12})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://help.sumologic.com/docs/manage/security/access-keys/',
  remediation:
    'Revoke the credential in Sumo Logic, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'sumologic.accessId = "suuCZe4Y3mqKrP"',
      'export SUMOLOGIC_ACCESSID="suFrkXRT3clPKh"',
      'SUMO_ACCESS_ID = "suUGnrOFb8NWbx"',
    ],
    negative: [
      'sumObj = supnvhbrRXs8FN',
      'sumologic_access_id         = ""',
      'export SUMOLOGIC_ACCESSID=XXXXXXXXXXXXXX',
    ],
  },
};
