import type { MisconfigCheck } from '../../../check.js';
import { obj } from '../shared.js';

export const missingPermissions: MisconfigCheck = {
  id: 'PAL-GHA-006',
  slug: 'missing-permissions',
  platform: 'github-actions',
  title: 'No permissions block: GITHUB_TOKEN gets the repository default',
  severity: 'medium',
  description:
    'Without a `permissions` block the token gets the repository or organisation default, which is read-write for everything on older repositories; a compromised step can then push code or tamper with releases.',
  remediation: 'Add a top-level `permissions:` with the least privileges (e.g. `contents: read`) and widen per job where needed.',
  references: ['https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token', 'https://docs.github.com/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions', 'https://github.com/ossf/scorecard/blob/main/docs/checks.md#token-permissions'],
  kics: [],
  resourceTypes: ['workflow'],
  evaluate(r) {
    const wf = obj(r.value);
    if (wf.permissions !== undefined) return [];
    const jobs = obj(wf.jobs);
    const missing = Object.entries(jobs).filter(([, j]) => obj(j).permissions === undefined && obj(j).uses === undefined).map(([id]) => id);
    return missing.length ? [{ message: `no top-level permissions and job(s) ${missing.join(', ')} set none` }] : [];
  },
};
