/** Writers by format id: the CLI picks one; each is a pure function of the Report. */
import { cyclonedxWriter } from './cyclonedx/writer.js';
import { jsonWriter } from './json/writer.js';
import { sarifWriter } from './sarif/writer.js';
import { spdxWriter } from './spdx/writer.js';
import { tableWriter } from './table/writer.js';
import type { ReportWriter } from './types.js';

export const WRITERS: Readonly<Record<string, ReportWriter>> = {
  table: tableWriter,
  json: jsonWriter,
  sarif: sarifWriter,
  cyclonedx: cyclonedxWriter,
  spdx: spdxWriter,
};

export type { ReportWriter, WriterOptions } from './types.js';
