import type { MisconfigCheck } from '../../../check.js';
import { literalSecret } from '../../../secret-names.js';
import { environment, serviceOf } from '../shared.js';

export const secretInEnvironment: MisconfigCheck = {
  id: 'PAL-DC-009',
  slug: 'secret-in-environment',
  platform: 'compose',
  title: 'Secret in environment variables',
  severity: 'high',
  description:
    'Literal passwords, tokens and keys in the compose file end up in version control and in `docker inspect` output for anyone with access to the Docker API.',
  remediation: 'Use Compose `secrets:` (mounted as files) or variable interpolation from an untracked .env file (`DB_PASSWORD: ${DB_PASSWORD}`).',
  references: ['https://docs.docker.com/compose/how-tos/use-secrets/', 'https://cheatsheetseries.owasp.org/cheatsheets/Docker_Security_Cheat_Sheet.html'],
  kics: ['Passwords And Secrets - Generic Password'],
  resourceTypes: ['service'],
  evaluate(r) {
    return environment(serviceOf(r))
      .filter((e) => literalSecret(e.name, e.value))
      .map((e) => ({ message: `${r.name} sets ${e.name} to a literal secret`, at: e.at }));
  },
};
