import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/fixtures/sample-report.js';
import type { Finding } from '../core/model.js';
import { compileFailOn, rewritePackageIdentifier } from './fail-on.js';

// sampleReport: qs vulnerability (high, fixed in 6.7.3, CVE-2022-24999), AWS key (critical secret),
// PAL-DF-001 (medium misconfig, Dockerfile), license-forbidden (low, package qs).
const findings = sampleReport().findings;
const byRule = (id: string) => findings.find((f) => f.ruleId === id)!;
const vuln = byRule('GHSA-hrpp-h998-j3pp');
const secret = byRule('aws-access-key-id');
const misconfig = byRule('PAL-DF-001');
const license = byRule('license-forbidden');

function failing(expression: string, list: readonly Finding[] = findings): string[] {
  const gate = compileFailOn(expression);
  return list.filter((f) => gate.matches(f)).map((f) => f.ruleId);
}

describe('--fail-on severity lists', () => {
  it('matches exactly the listed severities, case and spaces ignored', () => {
    expect(failing('critical,high')).toEqual(['GHSA-hrpp-h998-j3pp', 'aws-access-key-id']);
    expect(failing(' Medium , LOW ')).toEqual(['PAL-DF-001', 'license-forbidden']);
    expect(failing('info')).toEqual([]);
  });

  it('rejects an unknown severity in a list', () => {
    expect(() => compileFailOn('critical,urgent')).toThrow(/unknown severity 'urgent'/);
  });
});

describe('--fail-on CEL expressions', () => {
  it('orders severity by rank, not alphabetically', () => {
    // Alphabetically "low" > "high"; by rank it is below.
    expect(failing('severity >= "high"')).toEqual(['GHSA-hrpp-h998-j3pp', 'aws-access-key-id']);
    expect(failing('severity < "medium"')).toEqual(['license-forbidden']);
    expect(failing('"medium" <= severity')).toEqual([
      'GHSA-hrpp-h998-j3pp',
      'aws-access-key-id',
      'PAL-DF-001',
    ]);
    expect(failing('severity == "critical"')).toEqual(['aws-access-key-id']);
    expect(failing('severity != "critical" && severity in ["high", "low"]')).toEqual([
      'GHSA-hrpp-h998-j3pp',
      'license-forbidden',
    ]);
    expect(failing('severityRank >= 4')).toEqual(failing('severity.rank >= 4'));
    expect(failing('string(severity) == "medium" && severity.name == "medium"')).toEqual(['PAL-DF-001']);
  });

  it('exposes kind, ruleId, path, line, fixAvailable, aliases, cvss and package', () => {
    expect(failing('severity >= "high" && fixAvailable')).toEqual(['GHSA-hrpp-h998-j3pp']);
    expect(failing('kind == "secret"')).toEqual(['aws-access-key-id']);
    expect(failing('ruleId.startsWith("PAL-DF")')).toEqual(['PAL-DF-001']);
    expect(failing('package.name == "qs"')).toEqual(['GHSA-hrpp-h998-j3pp', 'license-forbidden']);
    expect(failing('package.purl.startsWith("pkg:npm/") && kind == "vulnerability"')).toEqual([
      'GHSA-hrpp-h998-j3pp',
    ]);
    expect(failing('pkg.ecosystem == "npm"')).toEqual(['GHSA-hrpp-h998-j3pp', 'license-forbidden']);
    expect(failing('"CVE-2022-24999" in aliases')).toEqual(['GHSA-hrpp-h998-j3pp']);
    expect(failing('path == "Dockerfile" && line == 0')).toEqual(['PAL-DF-001']);
    expect(failing('line == 3')).toEqual(['aws-access-key-id']);
    expect(failing('"6.7.3" in fixedIn && "CWE-1321" in cwe')).toEqual(['GHSA-hrpp-h998-j3pp']);
    expect(failing('title.contains("root")')).toEqual(['PAL-DF-001']);
    // No CVSS vector on the sample: the score is 0.0. With one, the highest score counts.
    expect(failing('cvss == 0.0')).toHaveLength(4);
    const scored = {
      ...vuln,
      cvss: [
        { version: '3.1' as const, vector: 'CVSS:3.1/AV:N', score: 7.5 },
        { version: '2.0' as const, vector: 'AV:N', score: 5 },
      ],
    };
    expect(failing('cvss >= 7.5 && cvss < 7.6', [scored])).toEqual(['GHSA-hrpp-h998-j3pp']);
    expect(failing('suppressed', [{ ...misconfig, suppressed: { kind: 'inline' } }, secret])).toEqual([
      'PAL-DF-001',
    ]);
  });

  it('keeps `package` inside strings and after a dot untouched', () => {
    expect(rewritePackageIdentifier('package.name == "package" && x.package == \'package\' // package')).toBe(
      'pkg    .name == "package" && x.package == \'package\' // package',
    );
    // An escaped quote does not end a string; in a raw string a backslash escapes nothing.
    expect(rewritePackageIdentifier(String.raw`"a\"package" == package.name`)).toBe(
      String.raw`"a\"package" == pkg    .name`,
    );
    expect(rewritePackageIdentifier(String.raw`r"\" == package.name`)).toBe(String.raw`r"\" == pkg    .name`);
    expect(failing('title == "package" || package.version == "6.7.0"')).toEqual([
      'GHSA-hrpp-h998-j3pp',
      'license-forbidden',
    ]);
  });

  it.each([
    ['severity >= "hgh"', /unknown severity "hgh"/],
    ['severity >= 3', /no such overload: Severity >= int/],
    ['x == 1', /Unknown variable: x/],
    ['package.nme == "qs"', /No such key: nme[\s\S]*package\.nme == "qs"/],
    ['cvss', /must be a bool, but it is double/],
    ['kind == ', /invalid CEL expression/],
    ['   ', /empty expression/],
  ])('rejects %j before any scan with the CEL message', (expression, message) => {
    expect(() => compileFailOn(expression)).toThrow(message);
    try {
      compileFailOn(expression);
    } catch (err) {
      expect((err as { code: string }).code).toBe('usage');
    }
  });

  it('single words that are not severities are CEL (a bool variable works)', () => {
    expect(failing('fixAvailable')).toEqual(['GHSA-hrpp-h998-j3pp']);
    expect(() => compileFailOn('urgent')).toThrow(/Unknown variable: urgent/);
  });

  it('evaluates every kind of finding', () => {
    expect(failing('true')).toEqual([vuln, secret, misconfig, license].map((f) => f.ruleId));
  });
});
