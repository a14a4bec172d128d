/**
 * The HTML report end to end: scan a copy of the example repository through the CLI (vulnerabilities
 * from ../shared/vulndb, secrets, misconfigurations, one inline suppression, one file whose path is
 * hostile markup), then open the file in headless Chromium (Debian's /usr/bin/chromium driven by
 * playwright-core) and check what a reader sees: the counts of the JSON report of the same scan, working
 * filters, no errors, no network, hostile text shown as text. A screenshot goes to
 * test-artifacts/html-report.png (gitignored) for a person to look at.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/fingerprint.js';
import { SEVERITIES, type Finding } from '../../src/core/model.js';
import { htmlWriter } from '../../src/report/html/writer.js';
import { sampleReport } from '../fixtures/sample-report.js';
import { runCli } from './run-cli.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOT = path.resolve('test-artifacts/html-report.png');
// A directory named `<script>alert(1)<` holding `script>.js`: the finding's path is the markup itself.
const HOSTILE_PATH = 'web/<script>alert(1)</script>.js';
const ROW_BATCH = 200;

interface JsonFinding {
  severity: string;
  kind: string;
  location: { path: string };
  suppressed?: { kind: string; reason?: string };
}
interface JsonReport {
  summary: { findings: number; packages: number; bySeverity: Record<string, number> };
  findings: JsonFinding[];
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'palisade-html-e2e-'));
let context: BrowserContext | undefined;
let json: JsonReport;
let reportFile: string;

beforeAll(async () => {
  const env = { PALISADE_CACHE_DIR: path.join(tmp, 'cache') };
  const imported = await runCli(['db', 'import', path.resolve('../shared/vulndb')], { env });
  expect(imported.code, imported.stderr).toBe(0);

  const target = path.join(tmp, 'polyglot-shop');
  cpSync(path.resolve('examples/polyglot-shop'), target, { recursive: true });
  const dockerfile = path.join(target, 'web/Dockerfile');
  writeFileSync(
    dockerfile,
    '# palisade:ignore:PAL-DF-002 pinned by digest in the release pipeline\n' +
      readFileSync(dockerfile, 'utf8'),
  );
  mkdirSync(path.join(target, 'web/<script>alert(1)<'));
  writeFileSync(
    path.join(target, HOSTILE_PATH),
    '// <img src=x onerror=alert(2)>\nconst awsKey = "AKIA2OGYBAH6RN3XQFVN"; // </script><script>alert(3)</script>\n',
  );

  const jsonRun = await runCli(['scan', target, '--format', 'json'], { env });
  expect(jsonRun.code, jsonRun.stderr).toBe(0);
  json = JSON.parse(jsonRun.stdout);
  reportFile = path.join(tmp, 'report.html');
  const htmlRun = await runCli(['scan', target, '--format', 'html', '-o', reportFile], { env });
  expect(htmlRun.code, htmlRun.stderr).toBe(0);
  expect(htmlRun.stdout).toBe('');

  if (!existsSync(CHROMIUM)) return;
  context = await chromium.launchPersistentContext(path.join(tmp, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    colorScheme: 'light',
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** The browser, or a failure (never a skip) that says how to install it. */
function browser(): BrowserContext {
  if (context) return context;
  throw new Error(
    `Chromium not found at ${CHROMIUM}: the HTML report end-to-end test needs it. Install it with ` +
      '`apt-get install -y chromium` (Debian; .ci/run does this before `npm ci`).',
  );
}

/** A page that records console errors, page errors, dialogs and every request; anything not file:// is refused. */
async function openPage(file: string) {
  const page = await browser().newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => requests.push(r.url()));
  await page.route('**/*', (route) =>
    route.request().url().startsWith('file://') ? route.continue() : route.abort('blockedbyclient'),
  );
  const url = pathToFileURL(file).href;
  await page.goto(url);
  return { page, problems, requests, url };
}

async function visibleCount(page: Page): Promise<number> {
  return Number(await page.locator('#visible-count').getAttribute('data-visible'));
}
const rows = (page: Page) => page.locator('#findings-table tbody tr');

describe('HTML report in headless Chromium', () => {
  it('shows the counts of the JSON report, filters and sorts, with no error and no request but the file', async () => {
    const { page, problems, requests, url } = await openPage(reportFile);
    const open = json.findings.filter((f) => !f.suppressed);
    const suppressed = json.findings.filter((f) => f.suppressed);
    expect(suppressed).toHaveLength(1);

    // Summary cards = the JSON summary of the same scan.
    const card = (selector: string) => page.locator(`${selector} .card-count`).textContent().then(Number);
    expect(await card('[data-summary="findings"]')).toBe(json.summary.findings);
    expect(await card('[data-summary="packages"]')).toBe(json.summary.packages);
    expect(await card('[data-summary="suppressed"]')).toBe(1);
    for (const s of SEVERITIES)
      expect(await card(`[data-severity="${s}"]`), s).toBe(json.summary.bySeverity[s]);
    expect(json.summary.bySeverity.critical).toBeGreaterThan(0);

    // The script ran: controls shown, the static <noscript> table inert; suppressed hidden by default.
    await expect(page.locator('#finding-controls').isVisible()).resolves.toBe(true);
    expect(await visibleCount(page)).toBe(open.length);
    expect(await rows(page).count()).toBe(Math.min(open.length, ROW_BATCH));
    expect(await page.locator('#visible-count').textContent()).toBe(
      `${open.length} of ${json.findings.length} findings shown (1 suppressed hidden)`,
    );

    // Free-text search.
    await page.fill('#filter-text', 'worker/config.go');
    const inWorker = open.filter((f) => f.location.path === 'worker/config.go');
    expect(inWorker).toHaveLength(2);
    expect(await visibleCount(page)).toBe(2);
    expect(await rows(page).count()).toBe(2);
    for (const text of await rows(page).locator('td.col-location').allTextContents())
      expect(text).toMatch(/^worker\/config\.go:\d+$/);

    // Severity filter, alone and with the search; then showing the suppressed finding.
    await page.fill('#filter-text', '');
    await page.selectOption('#filter-severity', 'high');
    expect(await visibleCount(page)).toBe(open.filter((f) => f.severity === 'high').length);
    await page.selectOption('#filter-severity', 'medium');
    await page.fill('#filter-text', 'web/dockerfile');
    const mediumDockerfile = json.findings.filter(
      (f) => f.severity === 'medium' && f.location.path === 'web/Dockerfile',
    );
    expect(mediumDockerfile).toHaveLength(2);
    expect(await visibleCount(page)).toBe(1);
    await page.check('#filter-suppressed');
    expect(await visibleCount(page)).toBe(2);
    const status = await rows(page).locator('td.col-status').allTextContents();
    expect(status).toContain('Suppressed (inline) — pinned by digest in the release pipeline');

    // Kind filter and sorting by location (ascending, then descending).
    await page.fill('#filter-text', '');
    await page.selectOption('#filter-severity', '');
    await page.selectOption('#filter-kind', 'secret');
    expect(await visibleCount(page)).toBe(json.findings.filter((f) => f.kind === 'secret').length);
    await page.click('th button[data-sort="location"]');
    expect(await page.locator('th:has(button[data-sort="location"])').getAttribute('aria-sort')).toBe(
      'ascending',
    );
    const ascending = await rows(page).locator('td.col-location').allTextContents();
    expect(ascending).toEqual([...ascending].sort());
    await page.click('th button[data-sort="location"]');
    expect(await rows(page).locator('td.col-location').allTextContents()).toEqual([...ascending].reverse());

    // The hostile path is shown as text: no element was injected, no dialog opened.
    await page.fill('#filter-text', 'alert(1)');
    expect(await visibleCount(page)).toBe(1);
    expect(await rows(page).locator('td.col-location').first().textContent()).toBe(`${HOSTILE_PATH}:2`);
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('img').count()).toBe(0);

    // Back to the initial view for the screenshot.
    await page.fill('#filter-text', '');
    await page.selectOption('#filter-kind', '');
    await page.uncheck('#filter-suppressed');
    await page.click('th button[data-sort="severity"]');
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.screenshot({ path: SCREENSHOT });

    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  });

  it('without JavaScript shows the full static table and hides the controls', async () => {
    const page = await browser().newPage();
    const cdp = await browser().newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(pathToFileURL(reportFile).href);
    expect(await page.locator('#finding-controls').isVisible()).toBe(false);
    expect(await page.locator('#findings-table').isVisible()).toBe(false);
    const staticRows = page.locator('noscript table tbody tr');
    expect(await staticRows.count()).toBe(json.findings.length);
    expect(await page.locator('noscript td.col-location').allTextContents()).toContain(`${HOSTILE_PATH}:2`);
    expect(await page.locator('img').count()).toBe(0);
    await page.close();
  });

  it('the request check can fail: a page that loads an external image is caught', async () => {
    const file = path.join(tmp, 'control.html');
    writeFileSync(
      file,
      '<!DOCTYPE html><title>control</title><img src="https://example.invalid/pixel.png" alt="">',
    );
    const { page, requests, url } = await openPage(file);
    expect(requests).toEqual([url, 'https://example.invalid/pixel.png']);
    await page.close();
  });

  it('stays usable with 20,000 findings: rows come in batches, filters see all of them', async () => {
    const base = sampleReport();
    const findings: Finding[] = Array.from({ length: 20_000 }, (_, i) => ({
      kind: 'misconfig',
      ruleId: `PAL-GEN-${String(i % 50).padStart(3, '0')}`,
      title: `Generated finding ${i}`,
      severity: SEVERITIES[i % 4]!,
      message: `finding number ${i} of the generated report`,
      location: { path: `svc-${i % 100}/deploy-${i}.yaml`, startLine: (i % 40) + 1 },
      fingerprint: fingerprint('PAL-GEN', String(i), 'x'),
      ...(i % 1000 === 0 ? { suppressed: { kind: 'inline' as const, reason: 'generated' } } : {}),
    }));
    const file = path.join(tmp, 'large.html');
    writeFileSync(file, [...htmlWriter.chunks!({ ...base, findings })].join(''));
    const { page, problems, requests, url } = await openPage(file);

    expect(await visibleCount(page)).toBe(20_000 - 20);
    expect(await rows(page).count()).toBe(ROW_BATCH);
    // The button, clicked where it is (far below the viewport, so the scroll loader stays idle).
    await page.locator('#show-more').dispatchEvent('click');
    expect(await rows(page).count()).toBe(2 * ROW_BATCH);
    // Scrolling to the end of the rendered rows brings exactly one more batch.
    await page.locator('#show-more').scrollIntoViewIfNeeded();
    await expect.poll(() => rows(page).count()).toBeGreaterThan(2 * ROW_BATCH);
    expect(await rows(page).count()).toBe(3 * ROW_BATCH);
    expect(await page.locator('#show-more').textContent()).toBe(
      `Show 200 more (${20_000 - 20 - 3 * ROW_BATCH} not shown yet)`,
    );

    // i % 4 === 0 → critical; suppressed are i % 1000 === 0, all critical.
    await page.selectOption('#filter-severity', 'critical');
    expect(await visibleCount(page)).toBe(5000 - 20);
    await page.check('#filter-suppressed');
    expect(await visibleCount(page)).toBe(5000);
    await page.fill('#filter-text', 'deploy-19996.yaml');
    expect(await visibleCount(page)).toBe(1);
    expect(await rows(page).locator('td.col-location').textContent()).toBe('svc-96/deploy-19996.yaml:37');

    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  }, 60_000);
});
