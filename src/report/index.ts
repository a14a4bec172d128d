/** Writers by format id: the CLI picks one; each is a pure function of the Report. */
import { cyclonedxWriter } from './cyclonedx/writer.js';
import {
  gitlabDependencyScanningWriter,
  gitlabSastWriter,
  gitlabSecretDetectionWriter,
} from './gitlab/writer.js';
import { htmlWriter } from './html/writer.js';
import { jsonWriter } from './json/writer.js';
import { junitWriter } from './junit/writer.js';
import { markdownWriter } from './markdown/writer.js';
import { sarifWriter } from './sarif/writer.js';
import { spdxWriter } from './spdx/writer.js';
import { tableWriter } from './table/writer.js';
import type { ReportWriter } from './types.js';
import { cyclonedxVexWriter } from './vex/cyclonedx-vex.js';
import { openVexWriter } from './vex/openvex.js';

export const WRITERS: Readonly<Record<string, ReportWriter>> = {
  table: tableWriter,
  json: jsonWriter,
  sarif: sarifWriter,
  cyclonedx: cyclonedxWriter,
  spdx: spdxWriter,
  html: htmlWriter,
  openvex: openVexWriter,
  'cyclonedx-vex': cyclonedxVexWriter,
  junit: junitWriter,
  markdown: markdownWriter,
  'gitlab-sast': gitlabSastWriter,
  'gitlab-secret-detection': gitlabSecretDetectionWriter,
  'gitlab-dependency-scanning': gitlabDependencyScanningWriter,
};

export type { ReportWriter, WriterOptions } from './types.js';
