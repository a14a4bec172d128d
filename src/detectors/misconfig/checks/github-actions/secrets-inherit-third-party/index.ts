import type { MisconfigCheck } from '../../../check.js';
import { obj, parseUses } from '../shared.js';

export const secretsInheritThirdParty: MisconfigCheck = {
  id: 'PAL-GHA-010',
  slug: 'secrets-inherit-third-party',
  platform: 'github-actions',
  title: 'All secrets passed to a third-party reusable workflow',
  severity: 'high',
  description:
    '`secrets: inherit` hands every repository and organisation secret to the called workflow; when that workflow lives in another owner repository, its maintainers (or whoever compromises them) receive all of them.',
  remediation: 'Pass only the secrets the reusable workflow needs, explicitly under `secrets:`, and pin it to a commit SHA.',
  references: ['https://docs.github.com/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idsecretsinherit', 'https://docs.github.com/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions'],
  kics: [],
  resourceTypes: ['job'],
  evaluate(r) {
    const job = obj(r.value);
    const u = parseUses(job.uses);
    if (!u || job.secrets !== 'inherit') return [];
    // Same owner as the repository cannot be known from the file; any remote owner/repo is treated as third party
    // unless it is GitHub's own.
    if (u.owner === 'actions' || u.owner === 'github') return [];
    return [{ message: `${r.name} passes all secrets to ${u.action}`, at: ['secrets'] }];
  },
};
