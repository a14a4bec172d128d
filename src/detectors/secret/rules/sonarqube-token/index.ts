import type { SecretRule } from '../../rule.js';

/**
 * SonarQube / SonarCloud token. User (`squ_`), project analysis (`sqp_`) and global analysis (`sqa_`) tokens + 40 hex.
 * https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/
 */
export const rule: SecretRule = {
  id: 'sonarqube-token',
  title: 'SonarQube / SonarCloud token',
  severity: 'high',
  keywords: ['squ_', 'sqp_', 'sqa_'],
  regex: /(?<![\w-])(sq[upa]_[a-f0-9]{40})(?![A-Za-z0-9])/,
  entropy: 3,
  docs: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
  remediation:
    'Revoke the credential in SonarQube, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SONAR_TOKEN=squ_2b8325dad56e76fb451b0251d12e9c0d655a68a4',
      'sonar.token=sqp_952525d70a1b45fc388a30d3fa5bd65a0c3dea01',
      'sonar.login: sqa_20a9f0596fa7185fd3aca38dd291847c0ae3d290',
    ],
    negative: ['SONAR_TOKEN=squ_xxx', 'sqp_c89c3efcb7d934bb7a37'],
  },
};
