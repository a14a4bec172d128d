import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../../test/fixtures/sample-report.js';
import { NASTY_MESSAGE, ciReport } from '../testing/ci-report.js';
import { junitSchemaErrors } from '../testing/validators.js';
import { escapeXmlAttr, escapeXmlText, junitWriter } from './writer.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
});

interface Case {
  classname: string;
  name: string;
  failure?: { type: string; message: string; '#text': string };
  skipped?: { message: string; '#text': string };
}
interface Suite {
  name: string;
  tests: string;
  failures: string;
  errors: string;
  skipped: string;
  timestamp: string;
  testcase: Case[];
  properties: { property: { name: string; value: string }[] };
}

function parse(xml: string): { testsuites: { tests: string; failures: string; testsuite?: Suite[] } } {
  return parser.parse(xml);
}

describe('junit writer', () => {
  const xml = junitWriter.write(ciReport());
  const doc = parse(xml);
  const suites = doc.testsuites.testsuite!;
  const suite = (name: string) => suites.find((s) => s.name === name)!;

  it('is valid against the Jenkins junit-10.xsd, and the schema catches a broken report', async () => {
    expect(await junitSchemaErrors(xml)).toEqual([]);
    const broken = xml.replace(/(<testsuite [^>]*?) failures="\d+"/, '$1');
    expect((await junitSchemaErrors(broken)).join('\n')).toMatch(/attribute 'failures' is required/);
  });

  it('has one suite per finding kind, in a fixed order, with counts that add up', () => {
    expect(suites.map((s) => s.name)).toEqual([
      'Palisade vulnerabilities',
      'Palisade secrets',
      'Palisade misconfigurations',
      'Palisade SAST findings',
      'Palisade license findings',
    ]);
    expect(suites.map((s) => [s.tests, s.failures, s.skipped])).toEqual([
      ['3', '2', '1'],
      ['3', '2', '1'],
      ['4', '2', '2'],
      ['1', '1', '0'],
      ['1', '1', '0'],
    ]);
    expect(doc.testsuites.tests).toBe('12');
    expect(doc.testsuites.failures).toBe('8');
    expect(suites[0]!.timestamp).toBe('2026-01-02T03:04:05');
    expect(suites[1]!.properties.property).toEqual([
      { name: 'target', value: 'shop' },
      { name: 'target.type', value: 'filesystem' },
      { name: 'scanner', value: 'secret' },
      { name: 'tool.version', value: '0.1.0' },
    ]);
  });

  it('writes a failure per open finding: severity as type, the message, and where and how to fix it', () => {
    const vulns = suite('Palisade vulnerabilities').testcase;
    // Sorted by severity, then rule: the open critical Log4j first, the VEX-suppressed PyYAML next.
    expect(vulns.map((c) => c.name)).toEqual([
      `GHSA-8q59-q68h-6hv4 in pyyaml: Improper Input Validation in PyYAML [${ciReport().findings[2]!.fingerprint.slice(0, 8)}]`,
      `GHSA-jfh8-c2jp-5v3q in org.apache.logging.log4j:log4j-core: Remote code injection in Log4j [${ciReport().findings[0]!.fingerprint.slice(0, 8)}]`,
      `GHSA-hrpp-h998-j3pp in qs: qs vulnerable to Prototype Pollution [${ciReport().findings[1]!.fingerprint.slice(0, 8)}]`,
    ]);
    const log4j = vulns[1]!;
    expect(log4j.classname).toBe('billing/pom.xml');
    expect(log4j.failure!.type).toBe('critical');
    expect(log4j.failure!.message).toBe(
      'org.apache.logging.log4j:log4j-core@2.14.1 is affected by GHSA-jfh8-c2jp-5v3q (CVE-2021-44228); fixed in 2.15.0',
    );
    expect(log4j.failure!['#text']).toBe(
      [
        'CRITICAL GHSA-jfh8-c2jp-5v3q: Remote code injection in Log4j (CVE-2021-44228)',
        'Location: billing/pom.xml:18',
        'Package: org.apache.logging.log4j:log4j-core@2.14.1 (Maven)',
        'Fix: Upgrade org.apache.logging.log4j:log4j-core@2.14.1 to 2.15.0 or later.',
        'Help: https://osv.dev/vulnerability/GHSA-jfh8-c2jp-5v3q',
        `Fingerprint: ${ciReport().findings[0]!.fingerprint}`,
      ].join('\n'),
    );
    expect(vulns[2]!.failure!['#text']).toContain(
      'Dependency path: express@4.17.1 > body-parser@1.19.0 > qs@6.7.0',
    );

    const secrets = suite('Palisade secrets').testcase;
    const history = secrets.find((c) => c.classname === 'deploy/env.sh')!;
    expect(history.failure!['#text']).toContain(
      'Commit: 3f5e2a1c9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f by Mallory on 2022-02-03T04:05:06Z',
    );
    expect(history.failure!['#text']).toContain('Secret: AKIA****');
    expect(history.failure!['#text']).toMatch(
      /Fix: Deactivate the key in IAM, rotate it, .* Remove it from the code/,
    );
  });

  it('writes suppressed findings as skipped, with the reason', () => {
    const skipped = suites.flatMap((s) => s.testcase).filter((c) => c.skipped);
    expect(skipped.map((c) => c.skipped!.message).sort()).toEqual([
      'annotation: annotation palisade.dev/ignore on DaemonSet/node-agent',
      'ignore-file (owner platform-team, until 2026-06-30, from .palisadeignore.yaml): tooling image, rebuilt nightly',
      'inline: revoked token kept as a test fixture',
      'vex (VEX not_affected, vulnerable_code_not_present, from .vex/palisade.openvex.json): yaml.load is never called on untrusted input',
    ]);
    expect(skipped.every((c) => c.failure === undefined)).toBe(true);
  });

  it('adds a passing testcase for a scanner that left nothing open', async () => {
    const report = ciReport({
      findings: ciReport().findings.filter((f) => f.kind === 'vulnerability' || f.ruleId === 'github-pat'),
    });
    report.scanners = ['secret', 'vuln'];
    const out = junitWriter.write(report);
    expect(await junitSchemaErrors(out)).toEqual([]);
    const s = parse(out).testsuites.testsuite!;
    expect(s.map((x) => x.name)).toEqual(['Palisade vulnerabilities', 'Palisade secrets']);
    // The only secret is suppressed: skipped, plus the green check.
    expect(s[1]!.testcase.map((c) => [c.classname, c.name, c.skipped ? 'skipped' : 'passed'])).toEqual([
      [
        'test/fixtures/token.txt',
        expect.stringMatching(/^github-pat: GitHub personal access token \(classic\) \[/),
        'skipped',
      ],
      ['palisade.secret', 'no open secrets', 'passed'],
    ]);
    expect([s[1]!.tests, s[1]!.failures, s[1]!.skipped]).toEqual(['2', '0', '1']);

    const clean = junitWriter.write(
      sampleReport({ findings: [], scanners: ['misconfig', 'secret', 'vuln'] }),
    );
    expect(await junitSchemaErrors(clean)).toEqual([]);
    expect(parse(clean).testsuites.testsuite!.map((x) => [x.name, x.testcase.map((c) => c.name)])).toEqual([
      ['Palisade vulnerabilities', ['no open vulnerabilities']],
      ['Palisade secrets', ['no open secrets']],
      ['Palisade misconfigurations', ['no open misconfigurations']],
    ]);
  });

  it('is a valid empty report when nothing ran', async () => {
    const none = junitWriter.write(sampleReport({ findings: [], scanners: [] }));
    expect(none).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="Palisade 0.1.0: examples/polyglot" tests="0" failures="0" errors="0" time="0"/>\n',
    );
    expect(await junitSchemaErrors(none)).toEqual([]);
  });

  it('escapes markup, quotes, newlines and characters XML 1.0 cannot hold', () => {
    expect(escapeXmlText('a < b && c > d ]]>')).toBe('a &lt; b &amp;&amp; c &gt; d ]]&gt;');
    expect(escapeXmlAttr('say "hi"\n\tnow\r')).toBe('say &quot;hi&quot;&#10;&#9;now&#13;');
    expect(escapeXmlText('nul\u0000 bell\u0007 esc\u001b ok\u00e9\u{1F600} bad\uFFFE lone\uD800!')).toBe(
      'nul\\u0000 bell\\u0007 esc\\u001B ok\u00e9\u{1F600} bad\\uFFFE lone\\uD800!',
    );
    // eslint-disable-next-line no-control-regex -- asserting that none of these reach the file
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const custom = suite('Palisade misconfigurations').testcase.find((c) => c.name.startsWith('ACME-001'))!;
    expect(custom.classname).toBe('k8s/web|app.yaml');
    expect(custom.failure!.message).toBe(NASTY_MESSAGE.replace('\u0001', '\\u0001'));
    expect(custom.failure!['#text']).toContain('Fix: Add a `team` label naming the owning team.');
  });

  it('is deterministic and independent of finding order, with names that survive moved lines', () => {
    expect(junitWriter.write(ciReport())).toBe(xml);
    const moved = ciReport();
    moved.findings.reverse();
    for (const f of moved.findings)
      f.location = { ...f.location, startLine: (f.location.startLine ?? 1) + 5 };
    const names = (x: string) =>
      parse(x)
        .testsuites.testsuite!.flatMap((s) => s.testcase.map((c) => `${c.classname} ${c.name}`))
        .sort();
    expect(names(junitWriter.write(moved))).toEqual(names(xml));
  });
});
