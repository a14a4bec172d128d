import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../core/fingerprint.js';
import type { Finding } from '../../core/model.js';
import { ciReport } from '../testing/ci-report.js';
import { MAX_CHARS, MAX_ROWS, markdownWriter, mdCell, mdCode } from './writer.js';

/** Splits a GFM table row into cells the way GFM does: on `|` not preceded by a backslash. */
function cells(line: string): string[] {
  return line
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

function tableRows(md: string, header: string): string[] {
  const lines = md.split('\n');
  const start = lines.indexOf(header);
  if (start < 0) return [];
  const rows: string[] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(lines[i]!);
  return rows;
}

const OPEN_HEADER = '| Severity | Kind | Rule | Location | Message |';
const SUPPRESSED_HEADER = '| Severity | Kind | Rule | Location | Suppression |';

function manyFindings(n: number, suppressed = false): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    kind: 'misconfig',
    ruleId: `PAL-K8S-${String((i % 90) + 1).padStart(3, '0')}`,
    title: 'Generated check',
    severity: (['critical', 'high', 'medium', 'low'] as const)[i % 4],
    message: `Finding ${i}: ${'a very long explanation '.repeat(30)}`,
    location: { path: `deploy/${'nested/'.repeat(20)}manifest-${i}.yaml`, startLine: i + 1 },
    fingerprint: fingerprint('gen', String(i), String(suppressed)),
    resource: `Deployment/app-${i}`,
    ...(suppressed
      ? {
          suppressed: {
            kind: 'ignore-file' as const,
            reason: 'accepted '.repeat(40),
            owner: 'team',
            source: '.palisadeignore.yaml',
          },
        }
      : {}),
  }));
}

describe('markdown writer', () => {
  const md = markdownWriter.write(ciReport());

  it('opens with the open-finding count, severities, suppressed count and a severity × kind table', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('## Palisade: 8 open findings in `shop`');
    expect(lines[2]).toBe(
      '**3 critical · 2 high · 1 medium · 2 low** · 4 suppressed · Palisade 0.1.0 · 2026-01-02 03:04 UTC',
    );
    expect(md).toContain(
      [
        '| Severity | Vulnerabilities | Secrets | Misconfigurations | SAST | Licenses | Total |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| Critical | 1 | 2 | 0 | 0 | 0 | 3 |',
        '| High | 1 | 0 | 0 | 1 | 0 | 2 |',
        '| Medium | 0 | 0 | 1 | 0 | 0 | 1 |',
        '| Low | 0 | 0 | 1 | 0 | 1 | 2 |',
        '| **Total** | **2** | **2** | **2** | **1** | **1** | **8** |',
      ].join('\n'),
    );
  });

  it('lists open findings by severity then kind, with the rule linked to its help and path:line', () => {
    const rows = tableRows(md, OPEN_HEADER).map(cells);
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['Critical', 'Vulnerability', '`billing/pom.xml:18`'],
      ['Critical', 'Secret', '`config/dev env.sh:3`'],
      ['Critical', 'Secret', '`deploy/env.sh:2`'],
      ['High', 'Vulnerability', '`web/package-lock.json:40`'],
      ['High', 'SAST', '`web/src/db.js:42`'],
      ['Medium', 'Misconfiguration', '`Dockerfile:1`'],
      ['Low', 'Misconfiguration', '`k8s/web\\|app.yaml:5`'],
      ['Low', 'License', '`web/package-lock.json:77`'],
    ]);
    expect(rows[0]![2]).toBe('[GHSA-jfh8-c2jp-5v3q](https://osv.dev/vulnerability/GHSA-jfh8-c2jp-5v3q)');
    expect(rows[5]![2]).toBe(
      '[PAL-DF-002](https://github.com/palisade-security/palisade/blob/main/docs/checks.md#pal-df-002)',
    );
    expect(rows[0]![4]).toBe(
      'org.apache.logging.log4j:log4j-core@2.14.1 is affected by GHSA-jfh8-c2jp-5v3q (CVE-2021-44228); fixed in 2.15.0',
    );
    for (const r of rows) expect(r).toHaveLength(5);
  });

  it('puts suppressed findings with their reasons in a collapsed section', () => {
    expect(md).toMatch(
      /<details>\n<summary>Suppressed \(4\)<\/summary>\n\n\| Severity \| Kind \| Rule \| Location \| Suppression \|/,
    );
    expect(md.trimEnd().endsWith('</details>')).toBe(true);
    const rows = tableRows(md, SUPPRESSED_HEADER).map(cells);
    expect(rows.map((r) => [r[0], r[2]!.replace(/\]\(.*$/, ']'), r[4]])).toEqual([
      [
        'Critical',
        '[GHSA-8q59-q68h-6hv4]',
        'vex (VEX not\\_affected, vulnerable\\_code\\_not\\_present, from .vex/palisade.openvex.json): yaml.load is never called on untrusted input',
      ],
      ['Critical', '[PAL-K8S-001]', 'annotation: annotation palisade.dev/ignore on DaemonSet/node-agent'],
      ['High', '[github-pat]', 'inline: revoked token kept as a test fixture'],
      [
        'Medium',
        '[PAL-DF-007]',
        'ignore-file (owner platform-team, until 2026-06-30, from .palisadeignore.yaml): tooling image, rebuilt nightly',
      ],
    ]);
    // Suppressed findings are not in the open table nor in the counts.
    expect(tableRows(md, OPEN_HEADER).some((r) => r.includes('github-pat'))).toBe(false);
  });

  it('escapes pipes, backticks, HTML and newlines so a cell cannot break the table or inject markup', () => {
    const row = tableRows(md, OPEN_HEADER).find((r) => r.includes('ACME-001'))!;
    expect(cells(row)).toHaveLength(5);
    expect(cells(row)[4]).toBe(
      'value has \\| a pipe, &lt;script&gt;alert(1)&lt;/script&gt;, \\`ticks\\`, &amp; an ampersand and a second line\\\\u0001',
    );
    expect(md).not.toContain('<script>');
    expect(mdCell('[click](https://evil.example) ![img](x) **bold** _i_ ~s~ #h')).toBe(
      '\\[click\\](https://evil.example) \\!\\[img\\](x) \\*\\*bold\\*\\* \\_i\\_ \\~s\\~ \\#h',
    );
    expect(mdCell('a\r\nb\nc\rd')).toBe('a b c d');
    // GitHub renders $…$ as math: a workflow expression in a message must stay text.
    expect(mdCell('uses ${{ github.event.pull_request.title }} in $PATH')).toBe(
      'uses \\${{ github.event.pull\\_request.title }} in \\$PATH',
    );
    expect(mdCode('a`b|c')).toBe('`` a`b\\|c ``');
    expect(mdCode('plain/path.txt:3')).toBe('`plain/path.txt:3`');
    expect(mdCell('x'.repeat(300), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('does not link a help URI that is not http(s), and keeps link targets inside the cell', () => {
    const report = ciReport();
    const custom = report.findings.find((f) => f.ruleId === 'ACME-001')!;
    custom.references = ['javascript:alert(1)'];
    const out = markdownWriter.write(report);
    const row = cells(tableRows(out, OPEN_HEADER).find((r) => r.includes('ACME'))!);
    // The custom check falls back to the docs page for custom checks; a javascript: URL is never a link.
    expect(row[2]).toBe(
      '[ACME-001](https://github.com/palisade-security/palisade/blob/main/docs/custom-checks.md)',
    );
    expect(out).not.toContain('javascript:');
  });

  it('says so when nothing is open, and still lists what is suppressed', () => {
    const report = ciReport();
    report.findings = report.findings.filter((f) => f.suppressed);
    const out = markdownWriter.write(report);
    expect(out.split('\n')[0]).toBe('## Palisade: no open findings in `shop`');
    expect(out.split('\n')[2]).toBe('4 suppressed · Palisade 0.1.0 · 2026-01-02 03:04 UTC');
    expect(out).not.toContain(OPEN_HEADER);
    expect(out).toContain('<summary>Suppressed (4)</summary>');
    const clean = markdownWriter.write(ciReport({ findings: [] }));
    expect(clean).toBe(
      '## Palisade: no open findings in `shop`\n\n0 suppressed · Palisade 0.1.0 · 2026-01-02 03:04 UTC\n',
    );
  });

  it('caps the rows and stays under the comment size limit on a large report', () => {
    const report = ciReport({ findings: [...manyFindings(700), ...manyFindings(400, true)] });
    const out = markdownWriter.write(report);
    expect(out.length).toBeLessThanOrEqual(MAX_CHARS);
    const open = tableRows(out, OPEN_HEADER);
    const supp = tableRows(out, SUPPRESSED_HEADER);
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThanOrEqual(MAX_ROWS);
    expect(out).toContain(`_… and ${700 - open.length} more open findings: see the full report`);
    expect(out).toContain(`<summary>Suppressed (400)</summary>`);
    expect(out).toContain(`_… and ${400 - supp.length} more suppressed findings._`);
    expect(out.trimEnd().endsWith('</details>')).toBe(true);
    // The most severe come first.
    expect(open.every((r) => cells(r)[0] === 'Critical')).toBe(true);
    for (const r of [...open, ...supp]) expect(cells(r)).toHaveLength(5);
  });

  it('lists fewer rows when long help links would pass the size limit', () => {
    const longLinks = manyFindings(100).map((f, i) => ({
      ...f,
      ruleId: `CUSTOM-${i}`,
      references: [`https://wiki.example.com/${String(i).padStart(4, '0')}/${'x'.repeat(3000)}`],
    }));
    const suppressedLongLinks = manyFindings(100, true).map((f, i) => ({
      ...f,
      ruleId: `CUSTOM-S-${i}`,
      references: [`https://wiki.example.com/s/${'y'.repeat(3000)}`],
    }));
    const out = markdownWriter.write(ciReport({ findings: [...longLinks, ...suppressedLongLinks] }));
    expect(out.length).toBeLessThanOrEqual(MAX_CHARS);
    const open = tableRows(out, OPEN_HEADER).length;
    const supp = tableRows(out, SUPPRESSED_HEADER).length;
    // Each row is over 3,000 characters: the size limit, not MAX_ROWS, decides.
    expect(open).toBeGreaterThan(5);
    expect(open + supp).toBeLessThan(20);
    expect(out).toContain(`_… and ${100 - open} more open findings`);
    expect(out.trimEnd().endsWith('</details>')).toBe(true);
  });

  it('shows up to MAX_ROWS rows when they fit', () => {
    const small = manyFindings(MAX_ROWS).map((f) => ({
      ...f,
      message: 'short',
      location: { path: 'a.yaml', startLine: 1 },
    }));
    const out = markdownWriter.write(ciReport({ findings: small }));
    expect(tableRows(out, OPEN_HEADER)).toHaveLength(MAX_ROWS);
    expect(out).not.toContain('more open finding');
  });

  it('is deterministic and independent of finding order', () => {
    expect(markdownWriter.write(ciReport())).toBe(md);
    const reversed = ciReport();
    reversed.findings.reverse();
    expect(markdownWriter.write(reversed)).toBe(md);
  });
});
