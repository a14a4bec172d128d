/**
 * The kubernetes checks: one folder per check (checks/kubernetes/<slug>/index.ts + cases/fail.* + cases/pass.*),
 * listed here exactly once, in id order. checks/registry.test.ts enforces ids, slugs and fixtures.
 */
import type { MisconfigCheck } from '../../check.js';
import { privilegedContainer } from './privileged-container/index.js';
import { hostPidNamespace } from './host-pid-namespace/index.js';
import { hostIpcNamespace } from './host-ipc-namespace/index.js';
import { hostNetworkNamespace } from './host-network-namespace/index.js';

export const KUBERNETES_CHECKS: readonly MisconfigCheck[] = [
  privilegedContainer,
  hostPidNamespace,
  hostIpcNamespace,
  hostNetworkNamespace,
];
