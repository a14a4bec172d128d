/**
 * The dockerfile checks: one folder per check (checks/dockerfile/<slug>/index.ts + cases/fail.* + cases/pass.*),
 * listed here exactly once. checks/registry.test.ts enforces ids, slugs and fixtures.
 */
import type { MisconfigCheck } from '../../check.js';
import { addInsteadOfCopy } from './add-instead-of-copy/index.js';
import { addRemoteUrl } from './add-remote-url/index.js';
import { apkNoCache } from './apk-no-cache/index.js';
import { apkUnpinned } from './apk-unpinned/index.js';
import { aptInstallRecommends } from './apt-install-recommends/index.js';
import { aptListsNotDeleted } from './apt-lists-not-deleted/index.js';
import { aptUnpinned } from './apt-unpinned/index.js';
import { aptUpgrade } from './apt-upgrade/index.js';
import { cdInsteadOfWorkdir } from './cd-instead-of-workdir/index.js';
import { chmodWorldWritable } from './chmod-world-writable/index.js';
import { copyFromOwnStage } from './copy-from-own-stage/index.js';
import { curlPipeShell } from './curl-pipe-shell/index.js';
import { exposeSshPort } from './expose-ssh-port/index.js';
import { imageLatestTag } from './image-latest-tag/index.js';
import { lastUserRoot } from './last-user-root/index.js';
import { maintainerDeprecated } from './maintainer-deprecated/index.js';
import { missingHealthcheck } from './missing-healthcheck/index.js';
import { missingUser } from './missing-user/index.js';
import { multipleCmdEntrypoint } from './multiple-cmd-entrypoint/index.js';
import { npmInstallUnpinned } from './npm-install-unpinned/index.js';
import { packageCacheNotCleaned } from './package-cache-not-cleaned/index.js';
import { pipCache } from './pip-cache/index.js';
import { pipUnpinned } from './pip-unpinned/index.js';
import { portOutOfRange } from './port-out-of-range/index.js';
import { rpmUnpinned } from './rpm-unpinned/index.js';
import { runInteractiveUtilities } from './run-interactive-utilities/index.js';
import { runUsingSudo } from './run-using-sudo/index.js';
import { secretInEnvArg } from './secret-in-env-arg/index.js';
import { shellFormCmd } from './shell-form-cmd/index.js';
import { updateInstructionAlone } from './update-instruction-alone/index.js';
import { workdirRelative } from './workdir-relative/index.js';

export const DOCKERFILE_CHECKS: readonly MisconfigCheck[] = [
  lastUserRoot,
  missingUser,
  addRemoteUrl,
  addInsteadOfCopy,
  curlPipeShell,
  secretInEnvArg,
  imageLatestTag,
  aptInstallRecommends,
  aptUpgrade,
  aptListsNotDeleted,
  apkNoCache,
  runUsingSudo,
  exposeSshPort,
  missingHealthcheck,
  chmodWorldWritable,
  pipCache,
  maintainerDeprecated,
  multipleCmdEntrypoint,
  workdirRelative,
  cdInsteadOfWorkdir,
  aptUnpinned,
  apkUnpinned,
  pipUnpinned,
  updateInstructionAlone,
  shellFormCmd,
  copyFromOwnStage,
  portOutOfRange,
  npmInstallUnpinned,
  packageCacheNotCleaned,
  rpmUnpinned,
  runInteractiveUtilities,
];
