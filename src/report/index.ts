/**
 * `unscrape report`: records in, one self-contained HTML file (or a text summary) out; and the
 * collector behind `clean --report`, which adds up each document's summary as its record is
 * written, so that the report needs no second pass over the records.
 */
import { writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import type { Outcome } from '../run/outcome.js';
import { Aggregator, type ReportData } from './aggregate.js';
import { readRecords, recordFiles } from './read.js';

export { Aggregator, type ReportData } from './aggregate.js';

/** Where and how to write a report. */
export interface ReportOutput {
  format: 'html' | 'text';
  /** The HTML file; for text, a file instead of stdout. */
  file?: string;
  cwd: string;
  version: string;
  stdout: NodeJS.WritableStream;
}

/** The default HTML file name. */
export const defaultReportFile = 'unscrape-report.html';

/** Build the report's text (HTML or plain). */
export async function renderReport(data: ReportData, output: ReportOutput): Promise<string> {
  if (output.format === 'text') return (await import('./text.js')).renderText(data);
  const [{ buildCharts }, { renderHtml }] = await Promise.all([import('./charts.js'), import('./html.js')]);
  const from = dirname(resolve(output.cwd, output.file ?? defaultReportFile));
  const sourceHref = (path: string) => {
    if (path === '-' || path === '') return undefined;
    const rel = relative(from, resolve(output.cwd, path)).split(sep).map(encodeURIComponent).join('/');
    return rel;
  };
  return renderHtml(data, await buildCharts(data), { version: output.version, sourceHref });
}

/** Render and write: HTML to its file, text to stdout unless a file is named; the file "-" is stdout. Returns the file written, if any. */
export async function writeReport(data: ReportData, output: ReportOutput): Promise<string | undefined> {
  const text = await renderReport(data, output);
  if ((output.format === 'text' && output.file === undefined) || output.file === '-') {
    output.stdout.write(text);
    return undefined;
  }
  const file = resolve(output.cwd, output.file ?? defaultReportFile);
  writeFileSync(file, text);
  return file;
}

/** `unscrape report`: read the records of `paths` (stdin for `-`) and aggregate them. */
export async function collectRecords(paths: readonly string[], cwd: string, stdin: Readable, exclude?: string): Promise<ReportData> {
  const started = performance.now();
  const files = await recordFiles(paths, cwd, exclude);
  const aggregator = new Aggregator();
  const bytes = await readRecords(files, stdin, aggregator);
  return aggregator.result({ source: 'report', inputs: paths.map((p) => (p === '-' ? 'standard input' : p)), bytesIn: bytes, seconds: (performance.now() - started) / 1000 });
}

/** The collector of `clean --report`: pass `collect` to the run, then `result` for the data. */
export function reportCollector(inputs: readonly string[]): { collect: (outcome: Outcome) => void; result: () => ReportData } {
  const aggregator = new Aggregator();
  const started = performance.now();
  let bytesIn = 0;
  let bytesOut = 0;
  return {
    collect: (outcome) => {
      bytesIn += outcome.bytes;
      bytesOut += outcome.recordBytes ?? 0;
      if (outcome.summary) aggregator.add(outcome.summary);
    },
    result: () => aggregator.result({ source: 'clean', inputs: inputs.length ? [...inputs] : ['standard input'], bytesIn, bytesOut, seconds: (performance.now() - started) / 1000 }),
  };
}
