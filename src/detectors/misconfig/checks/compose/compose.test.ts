// Fixtures of every compose check (cases/fail* and cases/pass* in each check folder); see test/harness/misconfig-cases.ts.
import { describeCheckCases } from '../../../../../test/harness/misconfig-cases.js';
import { COMPOSE_CHECKS } from './index.js';

describeCheckCases(COMPOSE_CHECKS, import.meta.url);
