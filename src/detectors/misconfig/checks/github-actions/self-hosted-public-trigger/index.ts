import type { MisconfigCheck } from '../../../check.js';
import { obj, PUBLIC_TRIGGERS, triggers, workflowOf } from '../shared.js';

export const selfHostedPublicTrigger: MisconfigCheck = {
  id: 'PAL-GHA-009',
  slug: 'self-hosted-public-trigger',
  platform: 'github-actions',
  title: 'Self-hosted runner used by a public trigger',
  severity: 'high',
  description:
    'Jobs triggered by pull requests, issues or comments can be started by anyone on a public repository. On a self-hosted runner that code runs on your infrastructure, which is usually not ephemeral: an attacker can persist on it or reach internal networks.',
  remediation: 'Run public-trigger jobs on GitHub-hosted runners, or use ephemeral, isolated self-hosted runners and require approval for fork pull requests.',
  references: ['https://docs.github.com/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#hardening-for-self-hosted-runners', 'https://docs.github.com/actions/hosting-your-own-runners/managing-self-hosted-runners/about-self-hosted-runners#self-hosted-runner-security'],
  kics: [],
  resourceTypes: ['job'],
  evaluate(r) {
    const on = triggers(workflowOf(r));
    const pub = PUBLIC_TRIGGERS.filter((t) => on.has(t));
    if (pub.length === 0) return [];
    const runsOn = obj(r.value)['runs-on'];
    const labels = Array.isArray(runsOn) ? runsOn.map(String) : typeof runsOn === 'string' ? [runsOn] : Array.isArray(obj(runsOn).labels) ? (obj(runsOn).labels as unknown[]).map(String) : [];
    return labels.some((l) => l.toLowerCase() === 'self-hosted')
      ? [{ message: `${r.name} runs on a self-hosted runner for ${pub.join(', ')}`, at: ['runs-on'] }]
      : [];
  },
};
