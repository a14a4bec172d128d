import type { MisconfigCheck } from '../../../check.js';
import { obj, parseUses, PRIVILEGED_TRIGGERS, triggers, workflowOf } from '../shared.js';

// The PR head, by SHA, branch or the refs/pull/<n>/(head|merge) refs; workflow_run's head.
const PR_HEAD = /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(sha|branch)|refs\/pull\/|github\.event\.number|github\.event\.pull_request\.number/;

export const untrustedCheckout: MisconfigCheck = {
  id: 'PAL-GHA-001',
  slug: 'untrusted-checkout',
  platform: 'github-actions',
  title: 'Privileged workflow checks out untrusted pull request code',
  severity: 'critical',
  description:
    'Workflows triggered by pull_request_target or workflow_run run with the base repository secrets and a write token. Checking out the pull request head there and building or running it lets any fork author execute code with those privileges ("pwn request").',
  remediation: 'Use the `pull_request` trigger for building untrusted code; if pull_request_target is required, never check out or run the PR head in it (split into a privileged workflow that only consumes artifacts).',
  references: ['https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/', 'https://docs.github.com/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions'],
  kics: [],
  resourceTypes: ['step'],
  evaluate(r) {
    const wf = workflowOf(r);
    if (!PRIVILEGED_TRIGGERS.some((t) => triggers(wf).has(t))) return [];
    const step = obj(r.value);
    const uses = parseUses(step.uses);
    if (!uses || uses.action.toLowerCase() !== 'actions/checkout') return [];
    const ref = obj(step.with).ref;
    if (typeof ref !== 'string' || !PR_HEAD.test(ref)) return [];
    return [{ message: `${r.name} checks out the pull request head (${ref}) in a privileged workflow`, at: ['with', 'ref'] }];
  },
};
