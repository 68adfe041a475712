/**
 * Large plain-text documents are processed in pieces and their record streamed (src/run/large.ts).
 * The pieces must give the record the whole document gives: same title, text, paragraphs,
 * removals, edits and positions; only the rules that compare paragraphs across the document
 * (duplicate-paragraph, name-variant) see one piece at a time.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeLargeDocument } from '../src/run/large.js';
import { runTask } from '../src/run/outcome.js';
import { createProcessor, plainTitle } from '../src/pipeline/index.js';
import { linesOf } from '../src/clean/line-view.js';
import { logicalLines } from '../src/shared/wrap.js';
import { defaultSettings } from '../src/settings.js';
import type { OutputMode } from '../src/run/outcome.js';
import type { UnscrapeRecord } from '../src/types.js';
import { tempDir } from './helpers/cli.js';

// The line classifier judges whole documents only (a piece's first lines are not the document's).
const settings = { ...defaultSettings(), rules: { 'line-classifier': 'off' as const } };
const processor = createProcessor(settings);
const allArticles = readdirSync('fixtures/articles').map((d) => readFileSync(join('fixtures/articles', d, 'input.txt'), 'utf8'));
/** Whether a text is read as wrapped at a width (shared/wrap.ts). */
const wrapped = (text: string) => logicalLines(text, linesOf(text)).length < linesOf(text).length;
// A hard-wrapped article among the others: a paragraph too short to tell its width is read at
// the width of the whole text, and a piece's whole text is not the document's (docs/rules.md).
const articles = allArticles.filter((a) => !wrapped(a));
const wrappedArticles = allArticles.filter(wrapped);
const documentRules = new Set(['duplicate-paragraph', 'name-variant']);
/** The articles one paragraph per line, without blank lines. */
const lineArticles = articles.map((a) => a.trim().replace(/\n[ \t]*\n+/g, '\n')).join('\n') + '\n';

async function pieces(text: string, mode: OutputMode, piece: number): Promise<string> {
  const file = join(tempDir(), 'big.txt');
  writeFileSync(file, text);
  let out = '';
  const done = await writeLargeDocument({ abs: file, display: 'big.txt' }, settings, processor, mode, async (chunk) => {
    out += chunk;
  }, piece);
  expect(done).toEqual({ bytes: Buffer.byteLength(text) });
  return out;
}

const whole = (text: string) => processor({ path: 'big.txt', data: Buffer.from(text) }) as UnscrapeRecord;
const key = (x: { rule: string; start: number; end: number }) => `${x.rule}@${x.start}-${x.end}`;

/**
 * The body of `source` (after the title line, before the final line break) with the record's
 * removals and edits applied, in code points: it must be the record's text.
 */
function rebuilt(source: string, r: UnscrapeRecord): string {
  const cps = [...source];
  const title = r.title !== undefined ? plainTitle(source, settings) : undefined;
  expect(title?.lineStart ?? 0).toBe(0);
  const bodyStart = title ? [...source.slice(0, title.bodyStart)].length : 0;
  const bodyEnd = source.endsWith('\r\n') ? cps.length - 2 : source.endsWith('\n') ? cps.length - 1 : cps.length;
  const changes = [...r.removed.map((c) => ({ ...c, after: '' })), ...r.edits].filter((c) => c.start >= bodyStart).sort((a, b) => a.start - b.start);
  let out = '';
  let at = bodyStart;
  for (const c of changes) {
    expect(c.start).toBeGreaterThanOrEqual(at);
    expect(cps.slice(c.start, c.end).join('')).toBe('text' in c ? c.text : c.before);
    out += cps.slice(at, c.start).join('') + c.after;
    at = c.end;
  }
  return out + cps.slice(at, Math.max(at, bodyEnd)).join('');
}

describe('large documents, in pieces', () => {
  const cases: Array<[string, string]> = [
    ['articles separated by blank lines', 'A collected edition\n\n[ad_1]\n\n' + articles.join('\n\n\n') + '\n\n\n'],
    ['Windows line ends', articles.join('\n\n').replace(/\n/g, '\r\n')],
    ['a piece that cleaning empties', articles[0] + '\n\n' + '[ad_1]\n\n[ad_2]\n\n'.repeat(400) + articles[1]],
    // One paragraph per line, no blank line: pieces are cut at line breaks, inside the paragraph.
    // (Pieces are cut between two lines longer than any line a rule removes whole.)
    ['a text without blank lines', 'A collected edition\n\n' + lineArticles.repeat(3) + '\n'],
    ['a text without blank lines, Windows line ends', lineArticles.repeat(3).replace(/\n/g, '\r\n')],
    // A piece in another script is still checked as the document's language (untranslated text).
    // A feed footer naming the title far from it is cut in any piece; one that only ends a piece, not the document, stays.
    ['feed footers in later pieces', 'Ministers Meet in Kyiv\n\n' + (articles[0] + '\n\nThe talks ended. The post Another Story appeared first on Kyiv Post.\n\n').repeat(4) + articles[1] + '\n\nThe talks ended. The post Ministers Meet in Kyiv appeared first on Kyiv Post.\n\n' + articles[2]],
    // Page furniture by the lists, in every piece: a line's own tests run there too (not a byline's, which reads where the prose is).
    ['page furniture in later pieces', (articles[0] + '\n\nLesen Sie auch: Rohrbruch im Freibad – Becken bleibt gesperrt\n\nAlso Read | Tanker operators told to register by April 15\n\nThe dam burst on Friday. | Photo Credit: Sanjay Rao\n\n').repeat(6) + articles[1]],
    ['a piece in another language', articles[0] + '\n\n' + 'Президент заявил журналистам, что переговоры продолжатся на следующей неделе в Минске.\n\n'.repeat(40) + articles[1]],
    // Wrapped at a width throughout: each piece reads its short paragraphs as the whole does.
    ['a hard-wrapped text', wrappedArticles.join('\n\n').repeat(8)],
  ];
  it('has a hard-wrapped article among the fixtures, and only one', () => {
    expect(wrappedArticles).toHaveLength(1);
  });

  for (const [name, text] of cases) {
    it(`gives the whole document's record: ${name}`, async () => {
      const a = whole(text);
      const b = JSON.parse(await pieces(text, 'line', 2000)) as UnscrapeRecord;
      expect(b.source).toEqual({ ...a.source, path: 'big.txt' });
      expect(b.title).toBe(a.title);
      expect(b.text).toBe(a.text);
      expect(b.paragraphs).toEqual(a.paragraphs);
      // The same removals and edits; only blank lines where a piece ends may be accounted for
      // in other runs ("\n" + "\n" instead of "\n\n"): the whole check is the rebuilt text below.
      const notBlank = (list: Array<{ rule: string; start: number; end: number }>) => list.filter((c) => c.rule !== 'whitespace').map(key);
      expect(notBlank(b.removed)).toEqual(notBlank(a.removed));
      expect(b.edits).toEqual(a.edits);
      expect(rebuilt(text, b)).toBe(b.text);
      expect(b.stats.charsIn).toBe(a.stats.charsIn);
      expect(b.stats.charsOut).toBe(a.stats.charsOut);
      const local = (r: UnscrapeRecord) => r.findings.filter((f) => !documentRules.has(f.rule));
      expect(local(b).map(key)).toEqual(local(a).map(key));
      // Positions of every finding point at its excerpt, line and column included.
      const cps = [...text];
      const lines = text.split('\n');
      for (const f of b.findings) {
        expect(cps.slice(f.start, f.end).join('')).toBe(f.excerpt);
        expect([...lines[f.line - 1]!].slice(f.column - 1).join('').startsWith(f.excerpt.split('\n')[0]!)).toBe(true);
      }
    });
  }

  it('cuts a text without blank lines at line breaks, into pieces', async () => {
    const text = lineArticles.repeat(3);
    const sizes: number[] = [];
    const file = join(tempDir(), 'lines.txt');
    writeFileSync(file, text);
    const counting: typeof processor = (input) => {
      sizes.push(typeof input.data === 'string' ? input.data.length : input.data.byteLength);
      return processor(input);
    };
    await writeLargeDocument({ abs: file, display: 'lines.txt' }, settings, counting, 'line', async () => {}, 2000);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    // cut where two long lines meet, so a piece may run past the piece size to the next such place
    expect(Math.max(...sizes)).toBeLessThan(text.length / 3);
  });

  it('judges the end of the document only in its last piece', () => {
    // A feed footer that ends a paragraph without naming the title counts only at the document's end.
    const data = 'The talks in Geneva ended without a deal. The post Another Story appeared first on Kyiv Post.\n';
    const rules = (more: boolean) => (processor({ path: 'big.txt', data, format: 'text', piece: { later: true, more } }) as UnscrapeRecord).removed.map((r) => r.rule);
    expect(rules(false)).toContain('boilerplate');
    expect(rules(true)).not.toContain('boilerplate');
  });

  it('writes the same record indented, and only the text with --format text', async () => {
    const text = articles.join('\n\n');
    const line = JSON.parse(await pieces(text, 'line', 3000));
    const pretty = await pieces(text, 'pretty', 3000);
    expect(JSON.parse(pretty)).toEqual(line);
    expect(pretty).toBe(JSON.stringify(line, null, 2) + '\n');
    // As textOf writes a whole document: the title line and a blank line, then the text.
    expect(await pieces(text, 'text', 3000)).toBe((line.title ? line.title + '\n\n' : '') + line.text + '\n');
    expect(await pieces(text, 'text0', 3000)).toBe((line.title ? line.title + '\n\n' : '') + line.text + '\0');
  });

  it('leaves a file that is not plain UTF-8 text to the whole-document path', async () => {
    const dir = tempDir();
    const file = join(dir, 'latin1.txt');
    writeFileSync(file, Buffer.from('Caf\xe9 society\n\nA paragraph.\n', 'latin1'));
    expect(await writeLargeDocument({ abs: file, display: 'latin1.txt' }, settings, processor, 'line', async () => {})).toBe(false);
    const html = join(dir, 'page.html');
    writeFileSync(html, '<p>Hello</p>');
    expect(await writeLargeDocument({ abs: html, display: 'page.html' }, settings, processor, 'line', async () => {})).toBe(false);
  });

  it('a task hands a file over the size back without reading it', () => {
    const file = join(tempDir(), 'big.txt');
    writeFileSync(file, 'x'.repeat(100));
    const outcome = runTask(processor, { kind: 'file', file: { abs: file, display: 'big.txt', maxSize: 1000, largeBytes: 50 }, mode: 'line' });
    expect(outcome).toEqual({ out: '', bytes: 100, large: true });
  });
});
