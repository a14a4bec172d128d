// Fixtures of every terraform check (cases/fail* and cases/pass* in each check folder); see test/harness/misconfig-cases.ts.
import { describeCheckCases } from '../../../../../test/harness/misconfig-cases.js';
import { TERRAFORM_CHECKS } from './index.js';

describeCheckCases(TERRAFORM_CHECKS, import.meta.url);
