import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../../test/fixtures/sample-report.js';
import { tableWriter } from './writer.js';

describe('table writer', () => {
  const text = tableWriter.write(sampleReport(), { listPackages: true });
  it('groups by file, lists packages and findings, and sums up', () => {
    expect(text).toContain('web/package-lock.json — 2 packages (npm), 2 findings');
    expect(text).toMatch(/│ express\s+│ 4\.17\.1\s+│ direct\s+│\s+│ MIT\s+│ 12\s+│/);
    expect(text).toMatch(/│ HIGH\s+│ GHSA-hrpp-h998-j3pp \(CVE-2022-24999\)\s+│ qs@6\.7\.0\s+│ 6\.7\.3\s+│ express@4\.17\.1 → qs@6\.7\.0\s+│ 40\s+│/);
    expect(text).toContain('Unpinned requirements');
    expect(text).toContain('broken/package-lock.json: npm-lock: Unexpected token');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      'Total: 2 packages in 1 file, 4 findings (CRITICAL: 1, HIGH: 1, MEDIUM: 1, LOW: 1), 1 warning',
    );
  });
  it('lists findings most severe first within each file', () => {
    const rows = text.split('\n').filter((l) => /^│ (CRITICAL|HIGH|MEDIUM|LOW)/.test(l));
    expect(rows.map((r) => r.split('│')[1]!.trim())).toEqual(['MEDIUM', 'CRITICAL', 'HIGH', 'LOW']) // files in byte order: Dockerfile, config/…, web/…;
  });
  it('lists packages only when asked, or when no scanner ran', () => {
    const findingsOnly = tableWriter.write(sampleReport());
    expect(findingsOnly).not.toMatch(/│ express\s+│/);
    expect(findingsOnly).toContain('qs@6.7.0');
    const inventory = tableWriter.write(sampleReport({ scanners: [], findings: [] }));
    expect(inventory).toMatch(/│ express\s+│ 4\.17\.1/);
  });
  it('has no escape codes unless colour is asked for', () => {
    expect(text).not.toContain('\x1b[');
    expect(tableWriter.write(sampleReport(), { color: true })).toContain('\x1b[31mHIGH');
  });
});
