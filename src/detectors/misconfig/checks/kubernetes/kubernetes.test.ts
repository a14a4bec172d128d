// Fixtures of every kubernetes check (cases/fail* and cases/pass* in each check folder); see test/harness/misconfig-cases.ts.
import { describeCheckCases } from '../../../../../test/harness/misconfig-cases.js';
import { KUBERNETES_CHECKS } from './index.js';

describeCheckCases(KUBERNETES_CHECKS, import.meta.url);
