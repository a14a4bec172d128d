/**
 * The entry point for `palisade scan --git-history [range] <repo>`: the history scan with the
 * built-in secret rules and the user's secret configuration (the same `SecretDetectorConfig` the
 * `secret` DocDetector receives), so working-tree and history findings share rules, allowlists and
 * fingerprints. Allowlisted commits (gitleaks `[allowlist] commits`, per rule or global) are applied
 * here, since only this target knows the commit of a finding.
 */
import type { Finding } from '../../core/model.js';
import type { AllowlistConfig, SecretDetectorConfig } from '../../detectors/secret/engine/config.js';
import { scannerFor } from '../../detectors/secret/index.js';
import { scanGitHistory, type GitHistoryOptions, type GitHistoryResult } from './history.js';

export interface GitSecretScanOptions extends Omit<GitHistoryOptions, 'scanText'> {
  /** Secret detector settings (custom rules, allowlists, gitleaks TOML); default: built-in rules only. */
  secretConfig?: SecretDetectorConfig;
}

export function scanGitHistoryForSecrets(
  repoDir: string,
  options: GitSecretScanOptions = {},
): Promise<GitHistoryResult> {
  const { secretConfig, keep, ...rest } = options;
  const scanner = scannerFor(secretConfig);
  const commitAllowed = commitAllowlist(secretConfig);
  return scanGitHistory(repoDir, {
    ...rest,
    scanText: (text, path) => scanner.scanText(text, path),
    keep: (f) => !commitAllowed(f) && (keep ? keep(f) : true),
  });
}

/**
 * A predicate true for findings in an allowlisted commit. An allowlist counts when commits are its
 * only criterion or its condition is OR (gitleaks' default): with AND and other criteria, the engine
 * cannot tell which of them held, so such a commit list is not applied. A listed id matches the
 * full commit id or a prefix of at least 7 hex digits.
 */
export function commitAllowlist(config: SecretDetectorConfig | undefined): (f: Finding) => boolean {
  const global = usable(config?.allowlists);
  const perRule = new Map<string, string[]>();
  for (const r of config?.rules ?? []) {
    const c = usable(r.allowlists);
    if (c.length) perRule.set(r.id, c);
  }
  if (global.length === 0 && perRule.size === 0) return () => false;
  const hit = (list: string[], commit: string): boolean =>
    list.some((c) => c === commit || (c.length >= 7 && commit.startsWith(c)));
  return (f) => {
    const commit = f.location.origin?.commit?.toLowerCase();
    if (!commit) return false;
    return hit(global, commit) || hit(perRule.get(f.ruleId) ?? [], commit);
  };
}

function usable(lists: AllowlistConfig[] | undefined): string[] {
  const out: string[] = [];
  for (const a of lists ?? []) {
    if (!a.commits?.length) continue;
    const others =
      (a.regexes?.length ?? 0) + (a.paths?.length ?? 0) + (a.globs?.length ?? 0) + (a.stopwords?.length ?? 0);
    if (a.condition === 'AND' && others > 0) continue;
    for (const c of a.commits) out.push(c.trim().toLowerCase());
  }
  return out;
}
