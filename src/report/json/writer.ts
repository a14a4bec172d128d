import type { Report } from '../../core/model.js';
import { jsonChunks } from '../json-chunks.js';
import type { ReportWriter } from '../types.js';
import { severityCounts } from '../summary.js';

/**
 * The JSON report: the Report itself plus a summary, documented by docs/report-schema.json
 * (bump REPORT_SCHEMA_VERSION in scan.ts on any incompatible change). Key order is fixed here
 * so that output is byte-stable.
 */
export const jsonWriter: ReportWriter = {
  id: 'json',
  mediaType: 'application/json',
  fileExtension: 'json',
  write(report: Report): string {
    return JSON.stringify(jsonReport(report), null, 2) + '\n';
  },
  chunks: (report: Report) => jsonChunks(jsonReport(report)),
};

function jsonReport(report: Report): object {
  return {
      schemaVersion: report.schemaVersion,
      tool: report.tool,
      target: report.target,
      createdAt: report.createdAt,
      scanners: report.scanners,
      summary: {
        packages: report.packages.length,
        unpinned: report.unpinned.length,
        findings: report.findings.length,
        bySeverity: severityCounts(report.findings),
        diagnostics: report.diagnostics.length,
      },
      packages: report.packages,
      unpinned: report.unpinned,
      ...(report.os ? { os: report.os } : {}),
      findings: report.findings,
      diagnostics: report.diagnostics,
      stats: report.stats,
  };
}
