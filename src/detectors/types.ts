import type { Diagnostic, Doc, Finding } from '../core/model.js';

/** Scanners a user can enable with `--scanners`. The inventory always runs. */
export type ScannerId = 'vuln' | 'secret' | 'misconfig' | 'sast' | 'license';

/**
 * Per-detector settings, keyed by detector id. Must be plain, structured-cloneable data (it is sent
 * to the worker threads): file contents rather than paths where a detector needs a config file.
 */
export type DetectorConfig = Readonly<Record<string, unknown>>;

export interface DetectorContext {
  /** This detector's own settings (DetectorConfig[detector.id]), validated by the detector. */
  config: unknown;
}

export interface DetectorOutput {
  findings: Finding[];
  diagnostics?: Diagnostic[];
}

/**
 * A document-stage detector: it reads the docs analyzers produce (text of a file, a parsed
 * Dockerfile, Kubernetes objects, …) as they are produced, in the same thread, and returns findings.
 * Docs are dropped afterwards, so memory stays bounded on a large tree.
 */
export interface DocDetector {
  /** Equals the folder name under src/detectors/. */
  id: string;
  /** The scanner that enables it. */
  scanner: ScannerId;
  /** Doc kinds it reads (Doc.kind), e.g. ['text'] or ['dockerfile', 'kubernetes']. */
  docKinds: readonly string[];
  /** Throw only for a bug: problems with the input are diagnostics. Locations are relative to the target. */
  detect(doc: Doc, ctx: DetectorContext): DetectorOutput;
}
