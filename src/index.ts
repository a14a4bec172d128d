/**
 * Palisade's library entry point. The CLI, and later the hub server and admission controller, call
 * these; nothing here prints or exits.
 */
export { scan, REPORT_SCHEMA_VERSION, DEFAULT_MAX_FILE_SIZE } from './scan.js';
export type { ScanOptions, ScanProgress } from './scan.js';
export { applyGate } from './policy/gate.js';
export type { GateOptions, GateResult } from './policy/gate.js';
export { applyPolicy, loadPolicy } from './policy/policy.js';
export type { Policy, PolicySettings } from './policy/policy.js';
export { WRITERS } from './report/index.js';
export type { ReportWriter, WriterOptions } from './report/index.js';
export { ANALYZERS } from './analyzers/index.js';
export type { Analyzer, AnalyzerInput, AnalyzerOutput } from './analyzers/index.js';
export { PalisadeError } from './core/errors.js';
export { purlFor, formatPurl } from './core/purl.js';
export { VERSION } from './version.js';
export * from './core/model.js';
