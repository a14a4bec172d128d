import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/fixtures/sample-report.js';
import type { Finding } from '../core/model.js';
import { cyclonedxWriter } from '../report/cyclonedx/writer.js';
import { applyVex, parseVex, purlKey } from './vex.js';

// sampleReport: GHSA-hrpp-h998-j3pp (alias CVE-2022-24999) on pkg:npm/qs@6.7.0, plus a license finding
// on the same package (never touched by VEX) and a secret and a misconfiguration.
const report = sampleReport();
const findings = report.findings;
const qsVuln = findings.find((f) => f.kind === 'vulnerability')!;

const openvex = (statements: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    '@context': 'https://openvex.dev/ns/v0.2.0',
    '@id': 'https://openvex.dev/docs/public/vex-test',
    author: 'Test',
    timestamp: '2026-01-01T00:00:00Z',
    version: 1,
    statements,
    ...extra,
  });

function suppression(text: string, list: readonly Finding[] = findings, source = 'vex.json') {
  const out = applyVex(list, [parseVex(text, source)]);
  return { vuln: out.findings.find((f) => f.kind === 'vulnerability')!.suppressed, out };
}

describe('purlKey', () => {
  it('drops qualifiers and subpath, decodes percent-encoding, keeps the version apart', () => {
    expect(purlKey('pkg:npm/%40babel/core@7.0.0?arch=x#lib')).toEqual({
      name: 'pkg:npm/@babel/core',
      version: '7.0.0',
    });
    expect(purlKey('pkg:NPM/qs')).toEqual({ name: 'pkg:npm/qs' });
    expect(purlKey('pkg://maven/org.x/y@1.0')).toEqual({ name: 'pkg:maven/org.x/y', version: '1.0' });
    expect(purlKey('https://example.com/app')).toBeUndefined();
  });
});

describe('OpenVEX input', () => {
  it('suppresses a vulnerability by alias and product purl (qualifiers ignored), with status, justification and reason', () => {
    const { vuln, out } = suppression(
      openvex([
        {
          vulnerability: { name: 'CVE-2022-24999' },
          products: [{ '@id': 'pkg:npm/qs@6.7.0?package-id=abc' }],
          status: 'not_affected',
          justification: 'vulnerable_code_not_in_execute_path',
          impact_statement: 'qs only parses trusted query strings here',
        },
      ]),
    );
    expect(vuln).toEqual({
      kind: 'vex',
      status: 'not_affected',
      justification: 'vulnerable_code_not_in_execute_path',
      reason: 'qs only parses trusted query strings here',
      source: 'vex.json',
    });
    expect(out.suppressed).toBe(1);
    // The license finding on the same package is not a vulnerability: untouched.
    expect(out.findings.filter((f) => f.suppressed)).toHaveLength(1);
  });

  it('matches versionless product purls, subcomponents and identifiers.purl; another version does not match', () => {
    const fixed = (products: unknown[]) =>
      suppression(openvex([{ vulnerability: { name: 'GHSA-hrpp-h998-j3pp' }, products, status: 'fixed' }]))
        .vuln;
    expect(fixed([{ '@id': 'pkg:npm/qs' }])).toMatchObject({ status: 'fixed' });
    expect(
      fixed([{ '@id': 'pkg:oci/web-app', subcomponents: [{ '@id': 'pkg:npm/qs@6.7.0' }] }]),
    ).toMatchObject({ status: 'fixed' });
    expect(fixed([{ identifiers: { purl: 'pkg:npm/qs@6.7.0' } }])).toMatchObject({ status: 'fixed' });
    expect(fixed([{ '@id': 'pkg:npm/qs@6.7.3' }])).toBeUndefined();
    expect(fixed([{ '@id': 'pkg:npm/qsx@6.7.0' }])).toBeUndefined();
    expect(fixed([{ '@id': 'https://example.com/some-app' }])).toBeUndefined();
  });

  it('applies a statement without products to every package; matches ids case-insensitively', () => {
    expect(
      suppression(
        openvex([
          { vulnerability: { name: 'ghsa-hrpp-h998-j3pp' }, status: 'not_affected', impact_statement: 'x' },
        ]),
      ).vuln,
    ).toMatchObject({
      status: 'not_affected',
    });
  });

  it('does not suppress affected or under_investigation, or a different vulnerability', () => {
    expect(
      suppression(
        openvex([
          { vulnerability: { name: 'CVE-2022-24999' }, status: 'affected', action_statement: 'upgrade' },
        ]),
      ).vuln,
    ).toBeUndefined();
    expect(
      suppression(openvex([{ vulnerability: { name: 'CVE-2022-24999' }, status: 'under_investigation' }]))
        .vuln,
    ).toBeUndefined();
    expect(
      suppression(openvex([{ vulnerability: { name: 'CVE-2022-00000' }, status: 'fixed' }])).vuln,
    ).toBeUndefined();
  });

  it('lets the latest statement decide (statement timestamp over document timestamp, then position)', () => {
    const notAffected = {
      vulnerability: { name: 'CVE-2022-24999' },
      status: 'not_affected',
      justification: 'component_not_present',
    };
    const affected = {
      vulnerability: { name: 'CVE-2022-24999' },
      status: 'affected',
      action_statement: 'upgrade',
    };
    // Later in the file, same (document) time: the later one wins.
    expect(suppression(openvex([notAffected, affected])).vuln).toBeUndefined();
    expect(suppression(openvex([affected, notAffected])).vuln).toMatchObject({ status: 'not_affected' });
    // An explicit older timestamp loses to the document's newer one.
    expect(
      suppression(openvex([notAffected, { ...affected, timestamp: '2025-01-01T00:00:00Z' }])).vuln,
    ).toMatchObject({ status: 'not_affected' });
  });

  it('reads the v0.0.x forms (vulnerability and products as strings)', () => {
    expect(
      suppression(
        openvex([{ vulnerability: 'CVE-2022-24999', products: ['pkg:npm/qs@6.7.0'], status: 'fixed' }]),
      ).vuln,
    ).toMatchObject({ status: 'fixed' });
  });

  it.each([
    ['{', /vex\.json: not a valid VEX document: invalid JSON/],
    ['[]', /expected a JSON object/],
    ['{"hello": 1}', /neither OpenVEX .* nor CycloneDX/],
    [
      openvex([{ vulnerability: { name: 'CVE-1' }, status: 'maybe' }]),
      /statements\[0\]\.status must be one of not_affected, affected, fixed, under_investigation, got "maybe"/,
    ],
    [openvex([{ status: 'fixed' }]), /statements\[0\]\.vulnerability needs a name/],
    [
      openvex([{ vulnerability: { name: 'CVE-1' }, status: 'fixed', products: 'pkg:npm/qs' }]),
      /statements\[0\]\.products must be a list/,
    ],
    [
      JSON.stringify({ '@context': 'https://openvex.dev/ns/v0.2.0', statements: {} }),
      /'statements' must be a list/,
    ],
  ])('rejects a malformed document %#, naming the file', (text, message) => {
    expect(() => parseVex(text, 'vex.json')).toThrow(message);
  });
});

describe('CycloneDX VEX input', () => {
  const cdx = (vulnerabilities: unknown[], components: unknown[] = []) =>
    JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components, vulnerabilities });

  it('resolves affects refs through the document components, purls and BOM-Links', () => {
    const components = [
      { type: 'library', 'bom-ref': 'comp-qs', name: 'qs', version: '6.7.0', purl: 'pkg:npm/qs@6.7.0' },
    ];
    const viaBomRef = suppression(
      cdx(
        [
          {
            id: 'CVE-2022-24999',
            analysis: { state: 'not_affected', justification: 'code_not_reachable', detail: 'not used' },
            affects: [{ ref: 'comp-qs' }],
          },
        ],
        components,
      ),
    ).vuln;
    expect(viaBomRef).toEqual({
      kind: 'vex',
      status: 'not_affected',
      justification: 'code_not_reachable',
      reason: 'not used',
      source: 'vex.json',
    });
    expect(
      suppression(
        cdx([
          {
            id: 'GHSA-hrpp-h998-j3pp',
            analysis: { state: 'false_positive' },
            affects: [{ ref: 'pkg:npm/qs@6.7.0' }],
          },
        ]),
      ).vuln,
    ).toMatchObject({
      status: 'false_positive',
    });
    const bomLink = `urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#${encodeURIComponent('pkg:npm/qs@6.7.0')}`;
    expect(
      suppression(
        cdx([{ id: 'CVE-2022-24999', analysis: { state: 'resolved' }, affects: [{ ref: bomLink }] }]),
      ).vuln,
    ).toMatchObject({ status: 'resolved' });
  });

  it('matches through references (aliases); exploitable, in_triage and other packages do not suppress', () => {
    expect(
      suppression(
        cdx([
          {
            id: 'SNYK-JS-QS-3153490',
            references: [{ id: 'CVE-2022-24999', source: { name: 'NVD' } }],
            analysis: { state: 'not_affected' },
          },
        ]),
      ).vuln,
    ).toMatchObject({ status: 'not_affected' });
    expect(
      suppression(cdx([{ id: 'CVE-2022-24999', analysis: { state: 'exploitable' } }])).vuln,
    ).toBeUndefined();
    expect(
      suppression(cdx([{ id: 'CVE-2022-24999', analysis: { state: 'in_triage' } }])).vuln,
    ).toBeUndefined();
    expect(
      suppression(
        cdx([
          {
            id: 'CVE-2022-24999',
            analysis: { state: 'resolved' },
            affects: [{ ref: 'pkg:npm/express@4.17.1' }],
          },
        ]),
      ).vuln,
    ).toBeUndefined();
  });

  it('takes an SBOM vulnerability list (no analysis) as no decision at all', () => {
    const sbom = cyclonedxWriter.write(report);
    expect(JSON.parse(sbom).vulnerabilities).toHaveLength(1);
    const doc = parseVex(sbom, 'sbom.cdx.json');
    expect(doc.statements).toEqual([]);
    expect(applyVex(findings, [doc]).suppressed).toBe(0);
  });

  it.each([
    [cdx([{ analysis: { state: 'resolved' } }]), /vulnerabilities\[0\]\.id must be a non-empty string/],
    [
      cdx([{ id: 'CVE-1', analysis: { state: 'fine' } }]),
      /vulnerabilities\[0\]\.analysis\.state must be one of/,
    ],
    [
      cdx([{ id: 'CVE-1', analysis: { state: 'resolved' }, affects: [{}] }]),
      /vulnerabilities\[0\]\.affects\[0\]\.ref must be a string/,
    ],
    [JSON.stringify({ bomFormat: 'CycloneDX', vulnerabilities: 3 }), /'vulnerabilities' must be a list/],
  ])('rejects a malformed document %#, naming the file', (text, message) => {
    expect(() => parseVex(text, 'bom.json')).toThrow(/^bom\.json: not a valid VEX document: /);
    expect(() => parseVex(text, 'bom.json')).toThrow(message);
  });
});

describe('applyVex', () => {
  it('keeps existing suppressions, and later documents override earlier ones at equal times', () => {
    const already: Finding = { ...qsVuln, suppressed: { kind: 'ignore-file', reason: 'accepted' } };
    const fixed = parseVex(
      openvex([{ vulnerability: { name: 'CVE-2022-24999' }, status: 'fixed' }]),
      'a.json',
    );
    expect(applyVex([already], [fixed]).findings[0]!.suppressed).toEqual({
      kind: 'ignore-file',
      reason: 'accepted',
    });
    const affected = parseVex(
      openvex([{ vulnerability: { name: 'CVE-2022-24999' }, status: 'affected', action_statement: 'x' }]),
      'b.json',
    );
    expect(applyVex([qsVuln], [fixed, affected]).findings[0]!.suppressed).toBeUndefined();
    expect(applyVex([qsVuln], [affected, fixed]).findings[0]!.suppressed).toMatchObject({
      status: 'fixed',
      source: 'a.json',
    });
  });

  it('notes documents whose statements matched nothing (info)', () => {
    const doc = parseVex(openvex([{ vulnerability: { name: 'CVE-1999-1' }, status: 'fixed' }]), 'old.json');
    expect(applyVex(findings, [doc]).diagnostics).toEqual([
      {
        level: 'info',
        code: 'vex-unused',
        path: 'old.json',
        message: '1 of 1 VEX statements matched no finding',
      },
    ]);
  });
});
