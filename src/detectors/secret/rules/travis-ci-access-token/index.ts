import type { SecretRule } from '../../rule.js';

/**
 * Travis CI access token. API tokens are 22 characters.
 * https://docs.travis-ci.com/user/triggering-builds/
 */
export const rule: SecretRule = {
  id: 'travis-ci-access-token',
  title: 'Travis CI access token',
  severity: 'high',
  keywords: ['travis'],
  regex:
    /(?<![a-z0-9])(?:travis[\w.\-]{0,20}?(?:api[_.\-]?|access[_.\-]?)?token)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([A-Za-z0-9_-]{22})(?![\w\-])/i,
  entropy: 3.5,
  docs: 'https://docs.travis-ci.com/user/triggering-builds/',
  remediation:
    'Revoke the credential in Travis CI, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: ['TRAVIS_API_TOKEN=IRyTmHecIApjP_VgfKK1K5', 'travis_token: "6ieUHt1XQwwhCDH42kt8L3"'],
    negative: ['TRAVIS_API_TOKEN=<token>', 'TRAVIS_BUILD_ID=455523190'],
  },
};
