// Fixtures of every cloudformation check (cases/fail* and cases/pass* in each check folder); see test/harness/misconfig-cases.ts.
import { describeCheckCases } from '../../../../../test/harness/misconfig-cases.js';
import { CLOUDFORMATION_CHECKS } from './index.js';

describeCheckCases(CLOUDFORMATION_CHECKS, import.meta.url);
