import type { MisconfigCheck } from '../../../check.js';
import { obj, parseUses } from '../shared.js';

export const checkoutPersistCredentials: MisconfigCheck = {
  id: 'PAL-GHA-011',
  slug: 'checkout-persist-credentials',
  platform: 'github-actions',
  title: 'actions/checkout keeps the token in .git/config',
  severity: 'low',
  description:
    'By default actions/checkout writes the job token into .git/config, where every later step (and any artifact that uploads the workspace) can read it.',
  remediation: 'Set `with: persist-credentials: false` unless a later step needs to push with the token.',
  references: ['https://github.com/actions/checkout#usage', 'https://unit42.paloaltonetworks.com/github-repo-artifacts-leak-tokens/'],
  kics: [],
  resourceTypes: ['step'],
  evaluate(r) {
    const step = obj(r.value);
    const u = parseUses(step.uses);
    if (!u || u.action.toLowerCase() !== 'actions/checkout') return [];
    const p = obj(step.with)['persist-credentials'];
    if (p === false || String(p).toLowerCase() === 'false') return [];
    return [{ message: `${r.name} persists the token in .git/config`, ...(p !== undefined ? { at: ['with', 'persist-credentials'] } : { at: ['uses'] }) }];
  },
};
