import type { Severity } from '../../core/model.js';

/**
 * One built-in secret rule (src/detectors/secret/rules/<id>/index.ts). Rules are data plus an optional
 * validation hook; the engine (engine/) does keyword prefiltering, regex evaluation, entropy and
 * allowlist checks, redaction and fingerprints.
 */
export interface SecretRule {
  /** Stable, kebab-case, equals the folder name, e.g. `aws-access-key-id`. */
  id: string;
  title: string;
  severity: Severity;
  /**
   * Lower-case literals, at least one of which must occur (case-insensitively) in the text near a
   * match for the regex to run at all (Aho–Corasick prefilter). Choose distinctive ones (`akia`, `ghp_`).
   */
  keywords: readonly string[];
  /**
   * The detection pattern, written without catastrophic backtracking (bounded quantifiers, no nested
   * unbounded repeats). Flags: the engine adds `g` (and keeps `i`/`m`/`s` if present).
   */
  regex: RegExp;
  /** Capture group holding the secret itself (default 1, or the whole match when the regex has no groups). */
  secretGroup?: number;
  /** Minimum Shannon entropy (bits per character) of the secret; below it the match is ignored. */
  entropy?: number;
  /** Secrets matching any of these are ignored (rule-specific placeholders/examples). */
  allowlist?: readonly RegExp[];
  /** Link to the provider's token documentation. */
  docs: string;
  /** Extra check on the secret (e.g. a checksum or structure test); false drops the match. */
  validate?: (secret: string, match: RegExpExecArray) => boolean;
  /** Why it matters and what to do (rotate, revoke …); shown in rule docs. */
  remediation?: string;
  /** Hand-written samples used by the rule's own test: must match / must not match. */
  examples: { positive: readonly string[]; negative: readonly string[] };
}
