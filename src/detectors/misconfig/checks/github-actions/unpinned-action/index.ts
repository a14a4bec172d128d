import type { MisconfigCheck } from '../../../check.js';
import { obj, parseUses } from '../shared.js';

const FIRST_PARTY = new Set(['actions', 'github']);

export const unpinnedAction: MisconfigCheck = {
  id: 'PAL-GHA-004',
  slug: 'unpinned-action',
  platform: 'github-actions',
  title: 'Third-party action not pinned to a full commit SHA',
  severity: 'medium',
  description:
    'A tag or branch of a third-party action can be moved by its owner (or whoever compromises it, as in tj-actions/changed-files, CVE-2025-30066) to malicious code that then runs with your token and secrets. Only a full commit SHA is immutable. GitHub-owned actions (actions/*, github/*) are trusted here like the platform itself.',
  remediation: 'Pin to the full 40-character commit SHA and keep the version in a comment: `uses: owner/action@<sha> # v2.1.0` (Dependabot and Renovate update such pins).',
  references: ['https://docs.github.com/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions', 'https://nvd.nist.gov/vuln/detail/CVE-2025-30066'],
  kics: ['Unpinned actions full length commit SHA'],
  resourceTypes: ['step', 'job'],
  evaluate(r) {
    const u = parseUses(obj(r.value).uses);
    if (!u || FIRST_PARTY.has(u.owner)) return [];
    if (u.ref !== undefined && /^[0-9a-f]{40}$/i.test(u.ref)) return [];
    return [{ message: `${u.action}@${u.ref ?? '(no ref)'} is not pinned to a commit SHA`, at: ['uses'] }];
  },
};
