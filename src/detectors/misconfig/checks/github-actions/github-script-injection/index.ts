import type { MisconfigCheck } from '../../../check.js';
import { obj, parseUses, untrustedExpressions } from '../shared.js';

export const githubScriptInjection: MisconfigCheck = {
  id: 'PAL-GHA-003',
  slug: 'github-script-injection',
  platform: 'github-actions',
  title: 'Untrusted input expanded into actions/github-script',
  severity: 'critical',
  description:
    'actions/github-script evaluates `with.script` as JavaScript after `${{ }}` substitution, so attacker-controlled titles, bodies or branch names become code running with the job token.',
  remediation: 'Read the value from `context.payload` inside the script, or pass it through `env:` and `process.env`.',
  references: ['https://securitylab.github.com/resources/github-actions-untrusted-input/', 'https://github.com/actions/github-script#user-content-security'],
  kics: ['Script block injection'],
  resourceTypes: ['step'],
  evaluate(r) {
    const step = obj(r.value);
    const uses = parseUses(step.uses);
    if (!uses || uses.action.toLowerCase() !== 'actions/github-script') return [];
    const script = obj(step.with).script;
    if (typeof script !== 'string') return [];
    const found = untrustedExpressions(script);
    return found.length ? [{ message: `${r.name} expands untrusted ${[...new Set(found)].join(', ')} into a github-script`, at: ['with', 'script'] }] : [];
  },
};
