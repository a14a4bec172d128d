import type { MisconfigCheck } from '../../../check.js';
import { literalSecret } from '../../../secret-names.js';
import { obj } from '../shared.js';

export const hardcodedSecretInEnv: MisconfigCheck = {
  id: 'PAL-GHA-013',
  slug: 'hardcoded-secret-in-env',
  platform: 'github-actions',
  title: 'Literal secret in workflow env',
  severity: 'high',
  description:
    'A password or token written literally into a workflow is readable by everyone with read access to the repository (and forks), and stays in git history.',
  remediation: 'Store it as an encrypted secret and reference it: `API_TOKEN: ${{ secrets.API_TOKEN }}`.',
  references: ['https://docs.github.com/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions', 'https://docs.github.com/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions'],
  kics: [],
  resourceTypes: ['workflow', 'job', 'step'],
  evaluate(r) {
    const env = obj(obj(r.value).env);
    return Object.entries(env)
      .filter(([k, v]) => literalSecret(k, v))
      .map(([k]) => ({ message: `${r.name} sets ${k} to a literal secret`, at: ['env', k] }));
  },
};
