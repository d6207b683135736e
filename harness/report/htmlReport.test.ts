import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import { VERDICTS } from '../verdicts/Verdict.js';
import { sampleReport } from './sampleReport.js';
import { writeReports } from './writeReports.js';

/** Browser test of index.html: Chromium from the system (CI installs it with apt-get). */
const CHROMIUM = '/usr/bin/chromium';
const report = sampleReport();
const errorRules = report.rules.filter((r) => r.kind === 'error');

const MISSING = `${CHROMIUM} not found: the HTML report test needs Chromium; install it with \`apt-get install -y chromium\``;
let browser: Browser | undefined;
let page: Page | undefined;
let dir: string | undefined;
const problems: string[] = [];

/** The loaded page; without Chromium every test fails with the install hint (never skips). */
function loaded(): Page {
  if (!existsSync(CHROMIUM)) throw new Error(MISSING);
  if (!page) throw new Error('the page did not load (see the beforeAll error)');
  return page;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  dir = mkdtempSync(join(tmpdir(), 'acs-html-report-'));
  writeReports(report, dir);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const p = await browser.newPage();
  p.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  p.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`request: ${r.url()}`); });
  await p.goto(pathToFileURL(join(dir, 'index.html')).href, { waitUntil: 'load' });
  page = p;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('index.html in Chromium', () => {
  it('loads without console errors, page errors or requests', () => {
    loaded();
    expect(problems).toEqual([]);
  });

  it('has one matrix row per operation, central operations first', async () => {
    const page = loaded();
    const rows = page.locator('table.matrix tbody tr');
    expect(await rows.count()).toBe(16);
    const roles = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-role')));
    const central = getSpec().operations.filter((o) => o.role === 'central').length;
    expect(roles).toEqual([...Array<string>(central).fill('central'), ...Array<string>(16 - central).fill('support')]);
  });

  it('shows one cell per error rule, as many per verdict as the report counts', async () => {
    const page = loaded();
    expect(await page.locator('table.matrix [data-verdict]').count()).toBe(errorRules.length);
    for (const v of VERDICTS) {
      const expected = errorRules.filter((r) => r.verdict === v).length;
      expect(await page.locator(`table.matrix [data-verdict="${v}"]`).count(), v).toBe(expected);
      expect(await page.locator(`.legend [data-legend="${v}"] b`).textContent(), `legend ${v}`).toBe(String(expected));
    }
    for (const v of ['pass', 'fail', 'warn', 'unknown', 'skipped', 'not-covered', 'known-gap']) expect(errorRules.some((r) => r.verdict === v), v).toBe(true);
  });

  it('labels each cell with its code and reason, and renders tricky text as text', async () => {
    const page = loaded();
    const failing = errorRules.find((r) => r.id === 'swas.CreateCustomImage.error.CustomImageQuotaLimit');
    const cell = page.locator(`table.matrix [data-rule="${failing?.id}"]`);
    expect(await cell.textContent()).toBe('CustomImageQuotaLimit');
    expect(await cell.getAttribute('title')).toContain('a <b> & "c" \'d\'');
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('#failures article').count()).toBe(report.summary.verdicts.fail + report.summary.verdicts.warn);
    expect(await page.locator('#failures').textContent()).toContain('</script><script>alert(1)</script>');
  });

  it('filters rows and cells by rule id as one types', async () => {
    const page = loaded();
    const visibleRows = page.locator('table.matrix tbody tr:visible');
    await page.locator('#filter').fill('ModifyImageShareStatus');
    expect(await visibleRows.count()).toBe(1);
    expect(await visibleRows.first().getAttribute('data-operation')).toBe('swas.ModifyImageShareStatus');
    await page.locator('#filter').fill('CustomImageQuotaLimit');
    expect(await page.locator('table.matrix [data-rule]:visible').count()).toBe(errorRules.filter((r) => r.id.includes('CustomImageQuotaLimit')).length);
    await page.locator('#filter').fill('<no such & rule>');
    expect(await visibleRows.count()).toBe(0);
    await page.locator('#filter').fill('');
    expect(await visibleRows.count()).toBe(16);
    expect(problems).toEqual([]);
  });
});
