import type { MisconfigCheck } from '../../../check.js';
import { obj } from '../shared.js';

export const unsecureCommands: MisconfigCheck = {
  id: 'PAL-GHA-007',
  slug: 'unsecure-commands',
  platform: 'github-actions',
  title: 'ACTIONS_ALLOW_UNSECURE_COMMANDS enabled',
  severity: 'high',
  description:
    'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables the deprecated `set-env`/`add-path` workflow commands, which any process printing to the log (e.g. echoing an issue title) can use to inject environment variables such as LD_PRELOAD or NODE_OPTIONS (CVE-2020-15228).',
  remediation: 'Remove the variable and write to the $GITHUB_ENV / $GITHUB_PATH files instead.',
  references: ['https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/', 'https://nvd.nist.gov/vuln/detail/CVE-2020-15228'],
  kics: ['Unsecured commands'],
  resourceTypes: ['workflow', 'job', 'step'],
  evaluate(r) {
    const env = obj(obj(r.value).env);
    const v = env.ACTIONS_ALLOW_UNSECURE_COMMANDS;
    if (v === undefined || v === false || String(v).toLowerCase() === 'false') return [];
    return [{ message: `${r.name} sets ACTIONS_ALLOW_UNSECURE_COMMANDS`, at: ['env', 'ACTIONS_ALLOW_UNSECURE_COMMANDS'] }];
  },
};
