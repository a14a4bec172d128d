// Fixtures of every dockerfile check (cases/fail* and cases/pass* in each check folder); see test/harness/misconfig-cases.ts.
import { describeCheckCases } from '../../../../../test/harness/misconfig-cases.js';
import { DOCKERFILE_CHECKS } from './index.js';

describeCheckCases(DOCKERFILE_CHECKS, import.meta.url);
