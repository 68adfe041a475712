#!/usr/bin/env node
// Screenshot of an HTML report for the README (docs/report.png), with Debian's chromium:
//   unscrape clean fixtures/ ../shared/corpora/wp-automatic-sample > /tmp/records.jsonl
//   unscrape report /tmp/records.jsonl -o /tmp/report.html
//   node scripts/report-screenshot.mjs /tmp/report.html docs/report.png [height]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const [html, png, height = '1700'] = process.argv.slice(2);
if (!html || !png) {
  console.error('usage: node scripts/report-screenshot.mjs REPORT.html OUT.png [height]');
  process.exit(2);
}
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: Number(height), deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(resolve(html)).href, { waitUntil: 'load' });
  await page.screenshot({ path: png, fullPage: false });
} finally {
  await browser.close();
}
