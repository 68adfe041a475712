/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The HTML report in a real browser: Debian's chromium, driven by puppeteer-core (no browser
// download; .ci/run installs the package). Without a chromium the test is skipped, except in CI.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { tempDir, unscrape } from './helpers/cli.js';

const root = resolve(__dirname, '..');
const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!chromium && process.env.CI) throw new Error('no chromium: .ci/run installs Debian\'s chromium package');

describe.skipIf(!chromium)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];
  let dir: string;

  beforeAll(async () => {
    dir = tempDir();
    const clean = unscrape(['clean', 'fixtures/articles', 'fixtures/markdown', 'fixtures/html'], { cwd: root });
    expect(clean.status).toBeLessThanOrEqual(1);
    // One line that is not a record, to see the input-problems table rendered too.
    writeFileSync(join(dir, 'records.jsonl'), clean.stdout + 'not a record\n');
    const r = unscrape(['report', join(dir, 'records.jsonl'), '-o', join(dir, 'report.html')], { cwd: root });
    expect(r.status, r.stderr).toBe(0);
    const { default: puppeteer } = await import('puppeteer-core');
    // Under the full suite's load on two cores Chromium has taken more than puppeteer's default
    // 30 s to start: its waits are given most of the hook's two minutes.
    browser = await puppeteer.launch({ executablePath: chromium!, headless: true, timeout: 90000, protocolTimeout: 90000, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    page = await browser.newPage();
    page.setDefaultTimeout(60000);
    await page.setViewport({ width: 1200, height: 900 });
    await page.setRequestInterception(true);
    const url = pathToFileURL(join(dir, 'report.html')).href;
    page.on('request', (request) => {
      if (request.url() !== url) {
        requests.push(request.url());
        void request.abort();
      } else void request.continue();
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.goto(url, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads with no console error and no network request', () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('renders every chart: an SVG with marks that have a size', async () => {
    const charts = await page.$$eval('figure.chart', (figures) =>
      figures.map((f) => {
        const svg = f.querySelector('svg');
        const marks = svg ? [...svg.querySelectorAll('g.role-mark > *')] : [];
        const sized = marks.filter((m) => {
          const box = (m as SVGGraphicsElement).getBBox();
          return box.width > 0 && box.height > 0;
        });
        return { id: f.id, title: svg?.querySelector('title')?.textContent ?? '', marks: marks.length, sized: sized.length, width: svg?.getBoundingClientRect().width ?? 0 };
      }),
    );
    expect(charts.map((c) => c.id)).toEqual(['chart-scores', 'chart-rates', 'chart-removed', 'chart-edits', 'chart-findings', 'chart-lengths', 'chart-warnings', 'chart-langs']);
    for (const c of charts) {
      expect(c.title, c.id).not.toBe('');
      expect(c.sized, c.id).toBeGreaterThan(0);
      expect(c.width, c.id).toBeGreaterThan(100);
    }
  });

  it('sorts a table by the column clicked, both ways', async () => {
    const column = async () => page.$$eval('#table-sites tbody tr', (rows) => rows.map((r) => Number((r.cells[2] as HTMLElement).dataset.v)));
    const header = await page.$$('#table-sites thead th button');
    await header[2]!.click();
    const down = await column();
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(await page.$eval('#table-sites thead th:nth-child(3)', (th) => th.getAttribute('aria-sort'))).toBe('descending');
    await header[2]!.click();
    const up = await column();
    expect(up).toEqual([...down].sort((a, b) => a - b));
    expect(new Set(up).size).toBeGreaterThan(1);
    // A text column sorts by its text.
    await header[0]!.click();
    const sites = await page.$$eval('#table-sites tbody th', (cells) => cells.map((c) => c.textContent!.trim().toLowerCase()));
    expect(sites).toEqual([...sites].sort().reverse());
  });

  it('takes a screenshot that is not blank', async () => {
    const file = join(dir, 'report.png');
    await page.screenshot({ path: file, fullPage: false });
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Count the pixels that are not background, in the browser: the PNG drawn on a canvas.
    const blank = await browser.newPage();
    const share = await blank.evaluate(async (data: string) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data: px } = ctx.getImageData(0, 0, img.width, img.height);
      let ink = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! < 200 || px[i + 1]! < 200 || px[i + 2]! < 200) ink++;
      return ink / (px.length / 4);
    }, png.toString('base64'));
    await blank.close();
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.9);
  });

  it('prints: the print stylesheet applies and the tables behind the charts open', async () => {
    await page.emulateMediaType('print');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const closed = await page.$$eval('details', (ds) => ds.filter((d) => !d.open).length);
    expect(closed).toBe(0);
    const nav = await page.$eval('nav', (n) => getComputedStyle(n).display);
    expect(nav).toBe('none');
    await page.emulateMediaType('screen');
  });
});
