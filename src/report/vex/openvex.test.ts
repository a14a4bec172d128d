import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { describe, expect, it } from 'vitest';
import { openVexDocument, openVexWriter } from './openvex.js';
import { roundTrip, triagedReport } from './testing/triaged-report.js';

// The official OpenVEX 0.2.0 schema, vendored (test/schemas/README.md). ajv-formats has no `iri`;
// our ids are ASCII, so checking them as `uri` is the stricter test.
const schema = JSON.parse(
  readFileSync(new URL('../../../test/schemas/openvex-0.2.0.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
addFormats.default(ajv);
ajv.addFormat('iri', fullFormats.uri);
const validate = ajv.compile(schema);

interface Statement {
  vulnerability: { name: string; aliases?: string[] };
  products: { '@id': string }[];
  status: string;
  justification?: string;
  impact_statement?: string;
  action_statement?: string;
  status_notes?: string;
}

const report = triagedReport();
const doc = JSON.parse(openVexWriter.write(report)) as { statements: Statement[] } & Record<string, unknown>;
const byName = (name: string) => doc.statements.filter((s) => s.vulnerability.name === name);

describe('OpenVEX writer', () => {
  it('is valid against the official OpenVEX 0.2.0 schema', () => {
    expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('writes the document metadata from the report: context, content-derived id, createdAt, tooling', () => {
    expect(doc).toMatchObject({
      '@context': 'https://openvex.dev/ns/v0.2.0',
      author: 'palisade (triage decisions of a scan of shop)',
      timestamp: '2026-01-02T03:04:05.000Z',
      version: 1,
      tooling: 'palisade 0.1.0',
    });
    expect(doc['@id']).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    // Same report, same bytes; a different decision, a different id.
    expect(openVexWriter.write(report)).toBe(openVexWriter.write(triagedReport()));
    const changed = { ...report, findings: report.findings.map((f) => ({ ...f, suppressed: undefined })) };
    expect(openVexDocument(changed)['@id']).not.toBe(doc['@id']);
  });

  it('states one decision per advisory and package, sorted, only for vulnerabilities', () => {
    expect(doc.statements.map((s) => [s.vulnerability.name, s.products[0]!['@id'], s.status])).toEqual([
      ['GHSA-67hx-6x53-jw92', 'pkg:npm/%40babel/traverse@7.22.0', 'not_affected'],
      ['GHSA-c2qf-rxjj-qqgw', 'pkg:npm/semver@5.7.1', 'not_affected'],
      ['GHSA-hrpp-h998-j3pp', 'pkg:npm/qs@6.7.0', 'affected'],
      ['GHSA-p6mc-m468-83gw', 'pkg:npm/lodash@4.17.15', 'not_affected'],
      ['GHSA-r628-mhmh-qjhw', 'pkg:npm/tar@4.4.13', 'affected'],
      ['GHSA-xvch-5gv4-984h', 'pkg:npm/minimist@1.2.5', 'fixed'],
    ]);
  });

  it('exports unsuppressed findings as affected with what to do', () => {
    expect(byName('GHSA-hrpp-h998-j3pp')[0]).toEqual({
      vulnerability: { name: 'GHSA-hrpp-h998-j3pp', aliases: ['CVE-2022-24999'] },
      products: [{ '@id': 'pkg:npm/qs@6.7.0' }],
      status: 'affected',
      action_statement: 'Upgrade qs to 6.7.3 or later.',
      status_notes: 'Found in web/package-lock.json.',
    });
    // tar is accepted in api/ but not in web/: VEX speaks per package, so it stays affected.
    expect(byName('GHSA-r628-mhmh-qjhw')[0]).toMatchObject({
      status: 'affected',
      status_notes: 'Found in api/package-lock.json, web/package-lock.json.',
    });
  });

  it('exports ignore-file and VEX suppressions with their justification and reason', () => {
    expect(byName('GHSA-p6mc-m468-83gw')[0]).toEqual({
      vulnerability: { name: 'GHSA-p6mc-m468-83gw', aliases: ['CVE-2020-8203'] },
      products: [{ '@id': 'pkg:npm/lodash@4.17.15' }],
      status: 'not_affected',
      impact_statement: 'only used in build scripts',
      status_notes:
        'Found in web/package-lock.json. Accepted in .palisadeignore.yaml by web-team until 2026-06-30.',
    });
    // A CycloneDX justification is mapped where the meaning agrees, and quoted where it does not.
    expect(byName('GHSA-67hx-6x53-jw92')[0]).toMatchObject({
      justification: 'vulnerable_code_not_in_execute_path',
      impact_statement: 'only used at build time',
      status_notes: 'Found in web/package-lock.json. Decided in triage.cdx.json as not_affected.',
    });
    expect(byName('GHSA-c2qf-rxjj-qqgw')[0]).toMatchObject({
      impact_statement: '(justification requires_environment)',
    });
    expect(byName('GHSA-c2qf-rxjj-qqgw')[0]!.justification).toBeUndefined();
    expect(byName('GHSA-xvch-5gv4-984h')[0]).toMatchObject({
      status: 'fixed',
      status_notes: 'Found in web/package-lock.json. Decided in vendor.openvex.json as fixed.',
    });
  });

  it('round-trips: fed back with --vex it suppresses the same findings', () => {
    const { suppressed, expected } = roundTrip(report, openVexWriter.write(report), 'triage.openvex.json');
    expect(expected).toHaveLength(4);
    expect(suppressed).toEqual(expected);
  });

  it('writes no statement for a report without vulnerabilities (the schema asks for one, so it is not valid then)', () => {
    const empty = openVexDocument({ ...report, findings: [] });
    expect(empty.statements).toEqual([]);
    expect(validate(empty)).toBe(false);
  });

  it('streams the same bytes it writes', () => {
    expect([...openVexWriter.chunks!(report)].join('')).toBe(openVexWriter.write(report));
  });
});
