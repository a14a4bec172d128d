/**
 * OSV records as stored and matched (https://ossf.github.io/osv-schema/). Only the fields we read are
 * typed; the DB keeps the whole JSON.
 */
export interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export interface OsvRange {
  type: 'SEMVER' | 'ECOSYSTEM' | 'GIT' | string;
  repo?: string;
  events: OsvEvent[];
  database_specific?: Record<string, unknown>;
}

export interface OsvSeverity {
  type: 'CVSS_V2' | 'CVSS_V3' | 'CVSS_V4' | 'Ubuntu' | string;
  score: string;
}

export interface OsvAffected {
  package?: { ecosystem: string; name: string; purl?: string };
  severity?: OsvSeverity[];
  ranges?: OsvRange[];
  versions?: string[];
  ecosystem_specific?: Record<string, unknown>;
  database_specific?: Record<string, unknown>;
}

export interface OsvRecord {
  schema_version?: string;
  id: string;
  modified: string;
  published?: string;
  withdrawn?: string;
  aliases?: string[];
  related?: string[];
  upstream?: string[];
  summary?: string;
  details?: string;
  severity?: OsvSeverity[];
  affected?: OsvAffected[];
  references?: { type: string; url: string }[];
  database_specific?: Record<string, unknown>;
}

/**
 * Where the matcher gets advisories: the local SQLite DB or the online OSV API. `ecosystem` is the
 * package's OSV ecosystem as the inventory has it (`npm`, `PyPI`, `Debian:12`); `name` as the inventory
 * spells it (the source normalises: PEP 503 for PyPI, case for Go/Packagist, …).
 * Returns every record with an affected[] entry for that (base ecosystem, normalised name).
 */
export interface AdvisorySource {
  lookup(ecosystem: string, name: string): OsvRecord[];
}

/** Metadata about a source, shown by `palisade db status` and used for staleness warnings. */
export interface DbMeta {
  schemaVersion: number;
  source: string;
  builtAt: string;
  /** Per base ecosystem: record count and newest `modified`. */
  ecosystems: Record<string, { records: number; newestModified: string }>;
}
