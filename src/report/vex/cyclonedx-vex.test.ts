import { describe, expect, it } from 'vitest';
import { validateCycloneDx } from '../testing/validators.js';
import { cyclonedxVexDocument, cyclonedxVexWriter } from './cyclonedx-vex.js';
import { roundTrip, triagedReport } from './testing/triaged-report.js';

interface Vulnerability {
  id: string;
  references?: { id: string }[];
  recommendation?: string;
  analysis: { state: string; justification?: string; detail?: string };
  affects: { ref: string }[];
}

const report = triagedReport();
const doc = JSON.parse(cyclonedxVexWriter.write(report)) as {
  serialNumber: string;
  metadata: { timestamp: string };
  components: { 'bom-ref': string; purl: string; group?: string; name: string }[];
  vulnerabilities: Vulnerability[];
};
const byId = (id: string) => doc.vulnerabilities.find((v) => v.id === id)!;

describe('CycloneDX VEX writer', () => {
  it('is valid against the official CycloneDX 1.6 schema, also without vulnerabilities', () => {
    expect(validateCycloneDx(doc), validateCycloneDx.errors()).toBe(true);
    const empty = cyclonedxVexDocument({ ...report, findings: [] });
    expect(validateCycloneDx(empty), validateCycloneDx.errors()).toBe(true);
    expect(empty.vulnerabilities).toEqual([]);
  });

  it('is deterministic: timestamp from createdAt, serial number from the content', () => {
    expect(doc.metadata.timestamp).toBe('2026-01-02T03:04:05Z');
    expect(cyclonedxVexWriter.write(triagedReport())).toBe(cyclonedxVexWriter.write(report));
    const changed = { ...report, findings: report.findings.map((f) => ({ ...f, suppressed: undefined })) };
    expect(cyclonedxVexDocument(changed).serialNumber).not.toBe(doc.serialNumber);
    expect([...cyclonedxVexWriter.chunks!(report)].join('')).toBe(cyclonedxVexWriter.write(report));
  });

  it('lists each affected package once as a component, so every affects ref resolves', () => {
    const refs = new Set(doc.components.map((c) => c['bom-ref']));
    expect([...refs]).toEqual([
      'pkg:npm/%40babel/traverse@7.22.0',
      'pkg:npm/lodash@4.17.15',
      'pkg:npm/minimist@1.2.5',
      'pkg:npm/qs@6.7.0',
      'pkg:npm/semver@5.7.1',
      'pkg:npm/tar@4.4.13',
    ]);
    expect(doc.components[0]).toMatchObject({ group: '@babel', name: 'traverse' });
    for (const v of doc.vulnerabilities) for (const a of v.affects) expect(refs.has(a.ref)).toBe(true);
  });

  it('exports each triage decision as an analysis state', () => {
    expect(doc.vulnerabilities.map((v) => [v.id, v.affects[0]!.ref, v.analysis.state])).toEqual([
      ['GHSA-67hx-6x53-jw92', 'pkg:npm/%40babel/traverse@7.22.0', 'not_affected'],
      ['GHSA-c2qf-rxjj-qqgw', 'pkg:npm/semver@5.7.1', 'false_positive'],
      ['GHSA-hrpp-h998-j3pp', 'pkg:npm/qs@6.7.0', 'in_triage'],
      ['GHSA-p6mc-m468-83gw', 'pkg:npm/lodash@4.17.15', 'not_affected'],
      ['GHSA-r628-mhmh-qjhw', 'pkg:npm/tar@4.4.13', 'in_triage'],
      ['GHSA-xvch-5gv4-984h', 'pkg:npm/minimist@1.2.5', 'resolved'],
    ]);
    expect(byId('GHSA-hrpp-h998-j3pp')).toMatchObject({
      references: [{ id: 'CVE-2022-24999' }],
      recommendation: 'Upgrade qs to 6.7.3 or later.',
      analysis: { state: 'in_triage' },
    });
    expect(byId('GHSA-p6mc-m468-83gw').analysis).toEqual({
      state: 'not_affected',
      detail: 'only used in build scripts; accepted in .palisadeignore.yaml by web-team until 2026-06-30',
    });
    expect(byId('GHSA-67hx-6x53-jw92').analysis).toEqual({
      state: 'not_affected',
      justification: 'code_not_reachable',
      detail: 'only used at build time; decided in triage.cdx.json as not_affected',
    });
    expect(byId('GHSA-c2qf-rxjj-qqgw').analysis).toEqual({
      state: 'false_positive',
      justification: 'requires_environment',
      detail: 'Decided in triage.cdx.json as false_positive',
    });
    expect(byId('GHSA-xvch-5gv4-984h').analysis).toEqual({
      state: 'resolved',
      detail: 'Decided in vendor.openvex.json as fixed',
    });
  });

  it('round-trips: fed back with --vex it suppresses the same findings', () => {
    const { suppressed, expected } = roundTrip(report, cyclonedxVexWriter.write(report), 'triage.cdx.json');
    expect(expected).toHaveLength(4);
    expect(suppressed).toEqual(expected);
  });
});
