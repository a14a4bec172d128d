import type { Diagnostic, Doc, OsInfo, Package, UnpinnedRequirement } from '../core/model.js';

/** Declarative path claims: the core walks, an analyzer only says which paths it wants. */
export interface Claims {
  /** Exact base names, e.g. `package-lock.json`. */
  names?: string[];
  /** Tested against the whole relative path (`/` separated). */
  patterns?: RegExp[];
  /** Paths matching any of these are not claimed even if a name/pattern matched. */
  exclude?: RegExp[];
  /** Claim files above the walker's size cap (e.g. binaries), up to this many bytes. */
  maxSize?: number;
  /** Binary files are skipped (with a warning) unless the analyzer asks for them. */
  binary?: boolean;
  /** Skip binary files without a warning (e.g. the text analyzer that feeds the secret scanner). */
  quietBinary?: boolean;
  /**
   * Also claim any file with an executable bit (compiled binaries have no telling name). `sniff` then
   * sees the first 64 bytes and decides, so only real binaries are read whole.
   */
  executable?: boolean;
  sniff?: (head: Uint8Array) => boolean;
}

/** Read-only access to other files of the target, for formats that need a neighbour (parent POM, lockfile + manifest). */
export interface Siblings {
  /** Path relative to the target root; undefined when absent, unreadable or outside the target. */
  readFile(path: string): Promise<Uint8Array | undefined>;
  /** Base names of the regular files in a directory (relative to the target root, '' = root), sorted; undefined when absent or outside the target. */
  listDir?(relDir: string): Promise<string[] | undefined>;
}

export interface AnalyzerInput {
  /** Relative to the target root, `/` separated. */
  path: string;
  bytes: Uint8Array;
  /** UTF-8 text of the bytes (BOM stripped); computed once on first call. */
  text(): string;
  siblings: Siblings;
}

export interface AnalyzerOutput {
  packages?: Package[];
  unpinned?: UnpinnedRequirement[];
  os?: OsInfo;
  docs?: Doc[];
  /** Non-fatal problems inside the file (e.g. one malformed entry skipped). */
  diagnostics?: Diagnostic[];
}

export interface Analyzer {
  /** Equals the folder name under src/analyzers/. */
  id: string;
  /**
   * Scanners this analyzer feeds (its docs are for their detectors). It runs only when one of them is
   * enabled; an analyzer without `scanners` (the package inventory) always runs.
   */
  scanners?: readonly string[];
  /** Bump when the output for the same input changes. */
  version: number;
  claims: Claims;
  /** Parse the bytes. Throw (any Error) on malformed input: the core turns it into a diagnostic naming the file. */
  analyze(input: AnalyzerInput): AnalyzerOutput | Promise<AnalyzerOutput>;
}
