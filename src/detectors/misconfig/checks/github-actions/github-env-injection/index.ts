import type { MisconfigCheck } from '../../../check.js';
import { obj, PRIVILEGED_TRIGGERS, triggers, untrustedExpressions, workflowOf } from '../shared.js';

export const githubEnvInjection: MisconfigCheck = {
  id: 'PAL-GHA-012',
  slug: 'github-env-injection',
  platform: 'github-actions',
  title: 'Untrusted data written to GITHUB_ENV or GITHUB_PATH',
  severity: 'critical',
  description:
    'Lines written to $GITHUB_ENV/$GITHUB_PATH set environment variables and PATH for every later step. In a privileged workflow (pull_request_target, workflow_run) or with untrusted input, an attacker can set LD_PRELOAD, NODE_OPTIONS or BASH_ENV and run code with the job token.',
  remediation: 'Never write attacker-influenced data (PR fields, downloaded artifacts) to GITHUB_ENV/GITHUB_PATH; validate it and use step outputs instead.',
  references: ['https://docs.github.com/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections', 'https://www.legitsecurity.com/blog/github-privilege-escalation-vulnerability'],
  kics: [],
  resourceTypes: ['step'],
  evaluate(r) {
    const run = obj(r.value).run;
    if (typeof run !== 'string' || !/GITHUB_(ENV|PATH)\b/.test(run)) return [];
    const privileged = PRIVILEGED_TRIGGERS.some((t) => triggers(workflowOf(r)).has(t));
    const untrusted = untrustedExpressions(run).length > 0;
    if (!privileged && !untrusted) return [];
    return [{ message: `${r.name} writes ${untrusted ? 'untrusted input' : 'data'} to GITHUB_ENV/GITHUB_PATH in a ${privileged ? 'privileged ' : ''}workflow`, at: ['run'] }];
  },
};
