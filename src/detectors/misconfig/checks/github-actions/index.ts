/**
 * The github-actions checks: one folder per check (checks/github-actions/<slug>/index.ts + cases/fail.* + cases/pass.*),
 * listed here exactly once. checks/registry.test.ts enforces ids, slugs and fixtures.
 */
import type { MisconfigCheck } from '../../check.js';
import { checkoutPersistCredentials } from './checkout-persist-credentials/index.js';
import { curlPipeShell } from './curl-pipe-shell/index.js';
import { githubEnvInjection } from './github-env-injection/index.js';
import { githubScriptInjection } from './github-script-injection/index.js';
import { hardcodedSecretInEnv } from './hardcoded-secret-in-env/index.js';
import { missingPermissions } from './missing-permissions/index.js';
import { permissionsWriteAll } from './permissions-write-all/index.js';
import { runScriptInjection } from './run-script-injection/index.js';
import { secretsInheritThirdParty } from './secrets-inherit-third-party/index.js';
import { selfHostedPublicTrigger } from './self-hosted-public-trigger/index.js';
import { unpinnedAction } from './unpinned-action/index.js';
import { unsecureCommands } from './unsecure-commands/index.js';
import { untrustedCheckout } from './untrusted-checkout/index.js';

export const GITHUB_ACTIONS_CHECKS: readonly MisconfigCheck[] = [
  untrustedCheckout,
  runScriptInjection,
  githubScriptInjection,
  unpinnedAction,
  permissionsWriteAll,
  missingPermissions,
  unsecureCommands,
  curlPipeShell,
  selfHostedPublicTrigger,
  secretsInheritThirdParty,
  checkoutPersistCredentials,
  githubEnvInjection,
  hardcodedSecretInEnv,
];
