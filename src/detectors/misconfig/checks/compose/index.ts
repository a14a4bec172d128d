/**
 * The compose checks: one folder per check (checks/compose/<slug>/index.ts + cases/fail.* + cases/pass.*),
 * listed here exactly once. checks/registry.test.ts enforces ids, slugs and fixtures.
 */
import type { MisconfigCheck } from '../../check.js';
import { cgroupParent } from './cgroup-parent/index.js';
import { cpusNotLimited } from './cpus-not-limited/index.js';
import { dangerousCapabilities } from './dangerous-capabilities/index.js';
import { databasePortExposed } from './database-port-exposed/index.js';
import { dockerSocketMount } from './docker-socket-mount/index.js';
import { hostIpc } from './host-ipc/index.js';
import { hostNetwork } from './host-network/index.js';
import { hostPid } from './host-pid/index.js';
import { memoryNotLimited } from './memory-not-limited/index.js';
import { pidsLimitNotSet } from './pids-limit-not-set/index.js';
import { privileged } from './privileged/index.js';
import { privilegedContainerPort } from './privileged-container-port/index.js';
import { secretInEnvironment } from './secret-in-environment/index.js';
import { securityOptUnconfined } from './security-opt-unconfined/index.js';
import { sensitiveHostMount } from './sensitive-host-mount/index.js';

export const COMPOSE_CHECKS: readonly MisconfigCheck[] = [
  privileged,
  hostNetwork,
  hostPid,
  hostIpc,
  cgroupParent,
  dockerSocketMount,
  sensitiveHostMount,
  dangerousCapabilities,
  secretInEnvironment,
  securityOptUnconfined,
  databasePortExposed,
  memoryNotLimited,
  cpusNotLimited,
  pidsLimitNotSet,
  privilegedContainerPort,
];
