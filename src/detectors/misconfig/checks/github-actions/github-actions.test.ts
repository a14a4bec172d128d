// Fixtures of every github-actions check (cases/fail* and cases/pass* in each check folder); see test/harness/misconfig-cases.ts.
import { describeCheckCases } from '../../../../../test/harness/misconfig-cases.js';
import { GITHUB_ACTIONS_CHECKS } from './index.js';

describeCheckCases(GITHUB_ACTIONS_CHECKS, import.meta.url);
