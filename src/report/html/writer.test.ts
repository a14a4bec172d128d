import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../core/fingerprint.js';
import type { Finding, Package, Report } from '../../core/model.js';
import { sampleReport } from '../../../test/fixtures/sample-report.js';
import { REPORT_JS } from './assets/script.js';
import { REPORT_CSS } from './assets/style.js';
import { MAX_TABLE_ROWS, htmlWriter } from './writer.js';

const HOSTILE = '<script>alert(1)</script>';

function hostileReport(): Report {
  const base = sampleReport();
  const hostile: Finding = {
    kind: 'secret',
    ruleId: 'generic-api-key"><img src=x onerror=alert(2)>',
    title: `Token ${HOSTILE}`,
    severity: 'high',
    message: `found near ${HOSTILE} and </script><script>alert(3)</script> \u2028 line separator`,
    location: { path: `src/${HOSTILE}.js`, startLine: 7 },
    fingerprint: fingerprint('generic-api-key', 'x', 'y'),
    references: ['javascript:alert(4)'],
    redacted: `ab${HOSTILE}**`,
  };
  const pkg: Package = { ...base.packages[0]!, name: `<b>evil</b>`, version: '1.0.0"' };
  return {
    ...base,
    target: { type: 'filesystem', name: `repo ${HOSTILE}` },
    findings: [...base.findings, hostile],
    packages: [pkg],
  };
}

/** The JSON data block the page's script reads. */
function dataBlock(html: string): { findings: Record<string, unknown>[] } {
  const match = /<script type="application\/json" id="palisade-data">([\s\S]*?)<\/script>/.exec(html);
  expect(match, 'data block').not.toBeNull();
  return JSON.parse(match![1]!);
}

function cardCount(html: string, attribute: string): number {
  const match = new RegExp(`${attribute}><span class="card-count">(\\d+)</span>`).exec(html);
  expect(match, attribute).not.toBeNull();
  return Number(match![1]);
}

describe('html writer', () => {
  it('has every section: header, summary, charts, findings, packages, diagnostics, footer', () => {
    const html = htmlWriter.write(sampleReport());
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    expect(html).toContain('<title>Palisade report: examples/polyglot</title>');
    expect(html).toContain('<dt>Tool</dt><dd>palisade 0.1.0</dd>');
    expect(html).toContain('<time datetime="2026-01-02T03:04:05.000Z">');
    expect(html).toContain('<dt>Scanners</dt><dd>secret, vuln</dd>');
    for (const id of [
      'summary-heading',
      'charts-heading',
      'findings-heading',
      'packages-heading',
      'diagnostics-heading',
    ]) {
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toContain('<svg id="chart-severity"');
    expect(html).toContain('<svg id="chart-kind"');
    expect(html).toContain('<table id="findings-table">');
    expect(html).toContain('<noscript>');
    expect(html).toContain('<h2 id="packages-heading">Packages (2)</h2>');
    expect(html).toContain('<td>express</td><td>4.17.1</td><td>npm</td><td>web/package-lock.json:12</td>');
    expect(html).toContain('<td>flask</td><td>&gt;=2.0</td><td>PyPI</td><td>api/requirements.txt:2</td>');
    expect(html).toContain('<td>warning</td><td>parse-error</td><td>broken/package-lock.json</td>');
    // The controls exist for the script but are hidden until it runs (JS disabled: static table only).
    expect(html).toContain('<div id="finding-controls" class="controls" hidden>');
    expect(html).toContain('<div class="table-wrap" hidden><table id="findings-table">');
  });

  it('shows the rule linked to its first reference, package, fixed-in and suppression reason', () => {
    const base = sampleReport();
    const suppressed = {
      ...base.findings[2]!,
      suppressed: { kind: 'inline' as const, reason: 'root needed for the legacy agent' },
    };
    const html = htmlWriter.write({ ...base, findings: [base.findings[0]!, suppressed] });
    expect(html).toContain(
      '<a href="https://osv.dev/vulnerability/GHSA-hrpp-h998-j3pp" rel="noopener noreferrer">GHSA-hrpp-h998-j3pp</a>',
    );
    expect(html).toContain('<span class="aliases">CVE-2022-24999</span>');
    expect(html).toContain('<td class="col-package mono">qs@6.7.0</td><td class="col-fixed mono">6.7.3</td>');
    expect(html).toContain('<tr class="is-suppressed">');
    expect(html).toContain('Suppressed (inline) — root needed for the legacy agent');
    expect(cardCount(html, 'data-summary="suppressed"')).toBe(1);
    const data = dataBlock(html);
    expect(data.findings.map((f) => f.z)).toEqual([
      '',
      'Suppressed (inline) — root needed for the legacy agent',
    ]);
  });

  it('summary cards and charts count findings by severity and kind', () => {
    const html = htmlWriter.write(sampleReport());
    // sampleReport: one critical secret, one high vuln, one medium misconfig, one low license finding.
    expect(cardCount(html, 'data-summary="findings"')).toBe(4);
    expect(cardCount(html, 'data-severity="critical"')).toBe(1);
    expect(cardCount(html, 'data-severity="high"')).toBe(1);
    expect(cardCount(html, 'data-severity="medium"')).toBe(1);
    expect(cardCount(html, 'data-severity="low"')).toBe(1);
    expect(cardCount(html, 'data-severity="info"')).toBe(0);
    expect(cardCount(html, 'data-severity="unknown"')).toBe(0);
    expect(cardCount(html, 'data-summary="suppressed"')).toBe(0);
    expect(cardCount(html, 'data-summary="packages"')).toBe(2);
    expect(html).toContain('<title>Critical: 1</title>');
    expect(html).toContain('<title>Info: 0</title>');
    // Four kinds, one finding each: four quarter segments, starting at 12 o'clock.
    expect(html).toContain('<title>Vulnerability: 1</title>');
    expect(html).toContain('stroke-dasharray="25 75" stroke-dashoffset="25"');
    expect(html).toContain('stroke-dasharray="25 75" stroke-dashoffset="-50"');
    expect(html).toContain('Misconfiguration <strong>1</strong> <span class="muted">(25.0%)</span>');
    expect(html).toContain('<option value="critical">Critical (1)</option>');
    expect(html).not.toContain('<option value="info">');
  });

  it('orders findings highest severity first, in the static table and the data alike', () => {
    const html = htmlWriter.write(sampleReport());
    const data = dataBlock(html);
    expect(data.findings.map((f) => f.s)).toEqual(['critical', 'high', 'medium', 'low']);
    const staticOrder = [...html.matchAll(/<td class="col-severity"><span class="badge sev-(\w+)">/g)].map(
      (m) => m[1],
    );
    expect(staticOrder).toEqual(['critical', 'high', 'medium', 'low']);
  });

  it('escapes every report string: hostile text stays text', () => {
    const html = htmlWriter.write(hostileReport());
    // Exactly two script elements: the JSON data block and the page script; nothing injected.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain(HOSTILE);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>evil');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<title>Palisade report: repo &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('src/&lt;script&gt;alert(1)&lt;/script&gt;.js:7');
    expect(html).toContain('generic-api-key&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('<td>&lt;b&gt;evil&lt;/b&gt;</td><td>1.0.0&quot;</td>');
    // The data block round-trips the original strings; the reference is not a link target.
    const hostile = dataBlock(html).findings.find((f) => String(f.r).startsWith('generic-api-key'))!;
    expect(hostile.m).toBe(
      `found near ${HOSTILE} and </script><script>alert(3)</script> \u2028 line separator`,
    );
    expect(hostile.p).toBe(`src/${HOSTILE}.js`);
    expect(hostile.u).toBe('');
    // In the data block U+2028 is escaped (HTML text may hold it as is).
    const rawData = /id="palisade-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(rawData).toContain('\\u2028');
    expect(rawData).not.toContain('\u2028');
    expect(rawData).not.toContain('<');
  });

  it('allows only its own inline style and script, by hash, and references nothing external', () => {
    const html = htmlWriter.write(sampleReport());
    const hash = (s: string) => createHash('sha256').update(s).digest('base64');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src 'sha256-${hash(REPORT_CSS)}'`);
    expect(csp).toContain(`script-src 'sha256-${hash(REPORT_JS)}'`);
    expect(html).toContain(`<style>${REPORT_CSS}</style>`);
    expect(html).toContain(`<script>${REPORT_JS}</script>`);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/);
    expect(html).not.toMatch(/\ssrc=/);
    expect(REPORT_CSS).not.toMatch(/url\(|@import|@font-face/);
    expect(REPORT_JS).not.toMatch(/fetch\(|XMLHttpRequest|innerHTML|eval\(/);
    // The only URLs are the findings' reference links.
    const urls = [...html.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
    expect(new Set(urls)).toEqual(new Set(['https://osv.dev/vulnerability/GHSA-hrpp-h998-j3pp']));
  });

  it('is deterministic, and chunks() yields the bytes of write()', () => {
    const first = htmlWriter.write(sampleReport());
    expect(htmlWriter.write(sampleReport())).toBe(first);
    const chunks = [...htmlWriter.chunks!(sampleReport())];
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.join('')).toBe(first);
  });

  it('renders an empty report without a table, charts or data', () => {
    const html = htmlWriter.write(
      sampleReport({ scanners: [], packages: [], unpinned: [], findings: [], diagnostics: [] }),
    );
    expect(html).toContain('<dt>Scanners</dt><dd>none (inventory only)</dd>');
    expect(cardCount(html, 'data-summary="findings"')).toBe(0);
    expect(cardCount(html, 'data-severity="critical"')).toBe(0);
    expect(html).toContain('<h2 id="findings-heading">Findings (0)</h2>\n<p>No findings.</p>');
    expect(html).toContain('<p>No packages found.</p>');
    expect(html).toContain('<p>No diagnostics: every claimed file was read.</p>');
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('<table id="findings-table"');
    expect(html).not.toContain('id="palisade-data"');
    expect(html).not.toContain('unpinned-list');
    expect(html.endsWith('</html>\n')).toBe(true);
  });

  it(`renders at most ${MAX_TABLE_ROWS} package rows and says how many there are`, () => {
    const base = sampleReport();
    const packages: Package[] = Array.from({ length: MAX_TABLE_ROWS + 500 }, (_, i) => ({
      ...base.packages[1]!,
      name: `pkg-${String(i).padStart(5, '0')}`,
      purl: `pkg:npm/pkg-${i}@6.7.0`,
    }));
    const html = htmlWriter.write({ ...base, packages });
    expect(html).toContain(`<summary>Show packages (${MAX_TABLE_ROWS + 500})</summary>`);
    expect(html).toContain(`Showing the first ${MAX_TABLE_ROWS} of ${MAX_TABLE_ROWS + 500}`);
    expect(html).toContain(`<td>pkg-${String(MAX_TABLE_ROWS - 1).padStart(5, '0')}</td>`);
    expect(html).not.toContain(`<td>pkg-${String(MAX_TABLE_ROWS).padStart(5, '0')}</td>`);
    expect(cardCount(html, 'data-summary="packages"')).toBe(MAX_TABLE_ROWS + 500);
  });
});
