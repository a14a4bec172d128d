import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../../test/fixtures/sample-report.js';
import { jsonWriter } from './writer.js';

const schema = JSON.parse(readFileSync(new URL('../../../docs/report-schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

describe('json writer', () => {
  it('produces a report valid against docs/report-schema.json', () => {
    const doc = JSON.parse(jsonWriter.write(sampleReport()));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.summary).toEqual({
      packages: 2,
      unpinned: 1,
      findings: 4,
      bySeverity: { critical: 1, high: 1, medium: 1, low: 1, info: 0, unknown: 0 },
      diagnostics: 1,
    });
  });
  it('the schema rejects a vulnerability finding without its package', () => {
    const doc = JSON.parse(jsonWriter.write(sampleReport()));
    delete doc.findings[0].package;
    expect(validate(doc)).toBe(false);
  });
  it('documents the policy fields: an ignore-file suppression and an expired ignore entry (expiredIgnore)', () => {
    const report = sampleReport();
    const [vuln, secret] = report.findings;
    report.findings[0] = {
      ...vuln!,
      suppressed: {
        kind: 'ignore-file',
        reason: 'not reachable',
        owner: 'web',
        expires: '2026-06-30',
        source: '.palisadeignore.yaml',
      },
    };
    report.findings[1] = Object.assign(
      { ...secret! },
      { expiredIgnore: { source: '.palisadeignore.yaml', line: 7, expires: '2025-12-31', owner: 'sec' } },
    );
    const doc = JSON.parse(jsonWriter.write(report));
    expect(doc.findings[1].expiredIgnore).toEqual({
      source: '.palisadeignore.yaml',
      line: 7,
      expires: '2025-12-31',
      owner: 'sec',
    });
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    doc.findings[1].expiredIgnore.expires = 'next year';
    expect(validate(doc)).toBe(false);
    delete doc.findings[1].expiredIgnore.expires;
    expect(validate(doc)).toBe(false);
  });
  it('is byte-stable', () => {
    expect(jsonWriter.write(sampleReport())).toBe(jsonWriter.write(sampleReport()));
  });
});
