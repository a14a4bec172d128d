/**
 * Settings of the secret detector. Plain, structured-cloneable data (it is sent to worker threads):
 * regexes are carried as `{ source, flags }` and compiled by the engine in each thread.
 * Loaders: loadSecretConfigYaml (palisade.yaml `secret:` section, docs/secrets.md) and
 * loadGitleaksToml (existing gitleaks configs).
 */
import type { Severity } from '../../../core/model.js';

export interface PatternSource {
  /** JavaScript RegExp source (loaders translate RE2 syntax). */
  source: string;
  /** JavaScript flags among `i`, `m`, `s`; `g` is added by the engine. */
  flags?: string;
}

/**
 * What an allowlist regex is tested against (gitleaks semantics): the secret (default), the whole
 * regex match, or the whole line(s) holding the match.
 */
export type RegexTarget = 'secret' | 'match' | 'line';

export interface AllowlistConfig {
  description?: string;
  /** OR (default): any criterion drops the finding; AND: every criterion given must hold. */
  condition?: 'OR' | 'AND';
  regexTarget?: RegexTarget;
  regexes?: PatternSource[];
  /** Regexes over the path relative to the target (gitleaks `paths`). */
  paths?: PatternSource[];
  /** picomatch globs over the path relative to the target (palisade.yaml `paths`). */
  globs?: string[];
  /** Substrings (case-insensitive) of the secret that mark it as not a secret. */
  stopwords?: string[];
  /** Git commits whose findings are ignored (used by the git-history target). */
  commits?: string[];
}

export interface CustomRuleConfig {
  id: string;
  title?: string;
  severity?: Severity;
  /** Detection pattern; absent for path-only rules (gitleaks `path` without `regex`). */
  regex?: PatternSource;
  secretGroup?: number;
  entropy?: number;
  keywords?: string[];
  /** Only files whose relative path matches are scanned by this rule. */
  path?: PatternSource;
  docs?: string;
  tags?: string[];
  allowlists?: AllowlistConfig[];
}

export interface SecretDetectorConfig {
  /** Keep the built-in rules (default true). gitleaks `[extend] useDefault`. */
  extendDefault?: boolean;
  /** Rule ids (built-in or custom) that are not run. */
  disabledRules?: string[];
  /** Custom rules; one with the id of a built-in rule replaces it. */
  rules?: CustomRuleConfig[];
  /** Global allowlists, applied to every rule. */
  allowlists?: AllowlistConfig[];
  /** Report test-fixture paths at their rule's severity instead of `low` (default false). */
  keepFixtureSeverity?: boolean;
}
