import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../../test/fixtures/sample-report.js';
import { sarifWriter } from './writer.js';

const schema = JSON.parse(readFileSync(new URL('../../../test/schemas/sarif-2.1.0.schema.json', import.meta.url), 'utf8'));
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

describe('sarif writer', () => {
  const sarif = JSON.parse(sarifWriter.write(sampleReport()));
  const run = sarif.runs[0];

  it('is valid SARIF 2.1.0', () => {
    expect(validate(sarif), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(validate({ ...sarif, version: '2.0.0' })).toBe(false);
  });
  it('has one rule per ruleId with exactly one kind tag and a security-severity', () => {
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'GHSA-hrpp-h998-j3pp',
      'PAL-DF-001',
      'aws-access-key-id',
      'license-forbidden',
    ]);
    const kindTags = ['vulnerability', 'secret', 'misconfiguration', 'sast', 'license'];
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.helpUri).toMatch(/^https:\/\//);
      expect(rule.properties.tags.filter((t: string) => kindTags.includes(t))).toHaveLength(1);
      expect(Number(rule.properties['security-severity'])).not.toBeNaN();
    }
    const vuln = run.tool.driver.rules[0];
    expect(vuln.properties.tags).toContain('vulnerability');
    expect(vuln.properties['security-severity']).toBe('8.0');
    expect(vuln.properties.tags).toContain('external/cwe/cwe-1321');
  });
  it('points results at relative, URI-encoded paths with a region and a stable fingerprint', () => {
    const secret = run.results.find((r: { ruleId: string }) => r.ruleId === 'aws-access-key-id');
    expect(secret.level).toBe('error');
    expect(secret.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'config/dev%20env.sh', uriBaseId: '%SRCROOT%' });
    expect(secret.locations[0].physicalLocation.region).toEqual({ startLine: 3, endLine: 3 });
    expect(secret.partialFingerprints['palisade/v1']).toMatch(/^[0-9a-f]{32}$/);
    const misconfig = run.results.find((r: { ruleId: string }) => r.ruleId === 'PAL-DF-001');
    expect(misconfig.locations[0].physicalLocation.region).toEqual({ startLine: 1 });
    expect(misconfig.level).toBe('warning');
  });
  it('fingerprints do not depend on line numbers', () => {
    const moved = sampleReport();
    moved.findings = moved.findings.map((f) => ({ ...f, location: { ...f.location, startLine: (f.location.startLine ?? 1) + 10 } }));
    const a = run.results.map((r: { partialFingerprints: object }) => r.partialFingerprints);
    const b = JSON.parse(sarifWriter.write(moved)).runs[0].results.map((r: { partialFingerprints: object }) => r.partialFingerprints);
    expect(b).toEqual(a);
  });
  it('is empty but valid when there are no findings', () => {
    const empty = JSON.parse(sarifWriter.write(sampleReport({ findings: [] })));
    expect(validate(empty)).toBe(true);
    expect(empty.runs[0].results).toEqual([]);
  });
});
