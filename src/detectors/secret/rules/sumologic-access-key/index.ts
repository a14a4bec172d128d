import type { SecretRule } from '../../rule.js';

/**
 * Sumo Logic access key. Access keys are 64 alphanumerics.
 * https://help.sumologic.com/docs/manage/security/access-keys/
 */
export const rule: SecretRule = {
  id: 'sumologic-access-key',
  title: 'Sumo Logic access key',
  severity: 'high',
  keywords: ['sumo'],
  regex:
    /(?<![a-z])(?:sumo(?:[_.\-]?logic)?[_.\-]?(?:[\w.\-]{0,12}?[_.\-])?access[_.\-]?key)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([A-Za-z0-9]{64})(?![\w\-])/i,
  entropy: 4,
  docs: 'https://help.sumologic.com/docs/manage/security/access-keys/',
  remediation:
    'Revoke the credential in Sumo Logic, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SUMOLOGIC_ACCESSKEY=RgZ5wMzYFonIoXWngJCG5ZxBGowlb2OFqJlemjtJ5QqpiVxl6DWrJNChhj1qAnNO',
      'sumo_access_key: "jNUylQjCz1DXZEWhfskzi5Bn5OUtmvww1Smu4Sie0pCCck3KYzhWczuqjMHEeH97"',
    ],
    negative: [
      'SUMOLOGIC_ACCESSKEY=${SUMO_KEY}',
      'sumOfAccessKeys = M0xdeLbt3RYUY9D6fCKFwmsNsKOb4CzK5IrOCnclmmQMwbqTn6J4AlbNtdrFxigR',
    ],
  },
};
