import type { SecretRule } from '../../rule.js';

/**
 * SonarCloud legacy token. Unprefixed 40-hex tokens next to sonar.login/SONAR_TOKEN.
 * https://docs.sonarsource.com/sonarqube-cloud/managing-your-account/managing-tokens/
 */
export const rule: SecretRule = {
  id: 'sonarcloud-token',
  title: 'SonarCloud legacy token',
  severity: 'high',
  keywords: ['sonar'],
  regex:
    /(?<![a-z0-9])(?:sonar[\w.\-]{0,20}?(?:token|login))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([a-f0-9]{40})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://docs.sonarsource.com/sonarqube-cloud/managing-your-account/managing-tokens/',
  remediation:
    'Revoke the credential in SonarCloud, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SONAR_TOKEN=d3bfc5aa990e84295f9776c2f2bc9734634d7d8b',
      'sonar.login=a4c6911e6dd2df9292da0ebba6af1fb3ad73e028',
    ],
    negative: ['SONAR_TOKEN=${{ secrets.SONAR_TOKEN }}', 'sonar.projectKey=acme_api'],
  },
};
