import type { Report } from '../core/model.js';

/** Options every writer may read; the core has already applied filtering (severity, excludeDev). */
export interface WriterOptions {
  /** Colour escape codes allowed (table writer on a TTY only). */
  color?: boolean;
  /** Table: list every package, not only those with findings (default when no scanner ran). */
  listPackages?: boolean;
}

/** A report writer: a pure function of the Report (no clock, no randomness, sorted output). */
export interface ReportWriter {
  id: string;
  mediaType: string;
  fileExtension: string;
  write(report: Report, options?: WriterOptions): string;
  /**
   * The same bytes as write(), in pieces, for large reports: the CLI streams them to the output
   * instead of holding one string of hundreds of MB.
   */
  chunks?(report: Report, options?: WriterOptions): Iterable<string>;
}
