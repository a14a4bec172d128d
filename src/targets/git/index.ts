/**
 * The git-history target (issue 4, `palisade scan --git-history [range] <repo>`): see history.ts and
 * README.md.
 */
export {
  scanGitHistory,
  DEFAULT_MAX_BLOB_SIZE,
  type GitHistoryOptions,
  type GitHistoryProgress,
  type GitHistoryResult,
  type GitHistoryStats,
  type ScanText,
} from './history.js';
export { openRepo, type RepoInfo } from './git.js';
export { scanGitHistoryForSecrets, type GitSecretScanOptions } from './secrets.js';
