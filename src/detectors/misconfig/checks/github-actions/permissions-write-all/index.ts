import type { MisconfigCheck } from '../../../check.js';
import { obj } from '../shared.js';

export const permissionsWriteAll: MisconfigCheck = {
  id: 'PAL-GHA-005',
  slug: 'permissions-write-all',
  platform: 'github-actions',
  title: 'GITHUB_TOKEN granted write-all',
  severity: 'high',
  description:
    '`permissions: write-all` gives the job token write access to code, packages, releases and more; any compromised step (dependency, action, injection) can then push code or publish releases.',
  remediation: 'Grant only what each job needs, e.g. `permissions: { contents: read, pull-requests: write }`.',
  references: ['https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token', 'https://docs.github.com/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions'],
  kics: [],
  resourceTypes: ['workflow', 'job'],
  evaluate(r) {
    const p = obj(r.value).permissions;
    return p === 'write-all' ? [{ message: `${r.name} grants permissions: write-all`, at: ['permissions'] }] : [];
  },
};
