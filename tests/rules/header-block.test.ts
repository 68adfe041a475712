import { describe, expect, it } from 'vitest';
import { cleanText, proposeAlone } from '../../src/clean/index.js';
import { findHeaderBlock, headerBlock, headerFields } from '../../src/clean/header-block.js';
import { clean, type CleanOptions } from '../../src/index.js';
import type { CleanContext, UnscrapeRecord } from '../../src/types.js';
import { blocks, linearTimeSuite, plainContext, removedBy as removedByRule } from './_fixtures.js';

/** The rule runs on a document's own lines (a plain text, a JSON text field). */
const plain = plainContext;
const removedBy = (text: string, ctx: CleanContext = plain) => removedByRule('header-block', text, ctx);

/** The record of one document (never an error record here). */
const cleanDocument = (input: string, options: CleanOptions = {}) => clean(input, options) as UnscrapeRecord;

linearTimeSuite('header-block');

describe('header-block fixtures (plain text)', () => {
  const fires = blocks('header-block', 'fires');
  const quiet = blocks('header-block', 'quiet');
  it('has fixtures of both kinds', () => {
    expect(fires.length).toBeGreaterThanOrEqual(5);
    expect(quiet.length).toBeGreaterThanOrEqual(5);
  });
  it.each(fires.map((b, i) => [i + 1, b]))('fires.txt block %i: the header lines go, no sentence of the article', (_n, block) => {
    const removed = removedBy(block as string);
    expect(removed.length, JSON.stringify(block)).toBeGreaterThan(0);
    for (const line of removed) expect(line).toMatch(/^(?:[^\s:]+(?: [^\s:]+){0,2}: |https?:\/\/)/u);
  });
  it.each(quiet.map((b, i) => [i + 1, b]))('quiet.txt block %i stays quiet', (_n, block) => {
    expect(proposeAlone(headerBlock, block as string, plain)).toEqual([]);
  });
});

describe('header-block spans and fields', () => {
  const doc = [
    'keywords: harbour, ferry, strike',
    'publish date: 2023-07-02',
    'authors: Lena Ortiz',
    'https://www.example.org/news/ferry-strike',
    '',
    'Ferry crews walk out over pay',
    '',
    'Ferry crews stopped work on Sunday after talks on pay broke down.',
  ].join('\n');

  it('removes each line of the block, with its key in the reason', () => {
    const changes = cleanText(doc, plain, () => true).changes.filter((c) => c.rule === 'header-block');
    expect(changes.map((c) => [doc.slice(c.start, c.end), c.reason])).toEqual([
      ['keywords: harbour, ferry, strike', '“keywords:” line of a header block above the article'],
      ['publish date: 2023-07-02', '“publish date:” line of a header block above the article'],
      ['authors: Lena Ortiz', '“authors:” line of a header block above the article'],
      ['https://www.example.org/news/ferry-strike', 'link line of a header block above the article'],
    ]);
  });

  it('ends at its last known key: a headline that names its place below it is the text\'s', () => {
    const text = [
      'URL: https://news.example.com/wetzlar-bathing-lahn/',
      'You are here: Home / Germany / Wetzlar: City wants to allow bathing in the Lahn',
      'Wetzlar: City wants to allow bathing in the Lahn at two places from summer',
      'Swimming in the Lahn has been officially forbidden in Wetzlar for decades. Now the city wants to change this.',
    ].join('\n');
    expect(removedBy(text)).toEqual(['URL: https://news.example.com/wetzlar-bathing-lahn/']);
    expect(removedByRule('page-furniture', text, plain)).toEqual(['You are here: Home / Germany / Wetzlar: City wants to allow bathing in the Lahn']);
  });

  it('gives the document its url, date and author, and finds the title below it', () => {
    const record = cleanDocument(doc);
    expect(record.title).toBe('Ferry crews walk out over pay');
    expect(record.meta).toEqual(expect.objectContaining({ url: 'https://www.example.org/news/ferry-strike', date: '2023-07-02', author: 'Lena Ortiz' }));
    expect(record.text).toBe('Ferry crews stopped work on Sunday after talks on pay broke down.');
    expect(record.removed.filter((r) => r.rule === 'header-block').map((r) => doc.slice(r.start, r.end))).toHaveLength(4);
  });

  it('a header under the title line is removed too; its title key names the document when no title line does', () => {
    const below = 'Rail strike halts trains\n\nurl: https://example.co.uk/rail\npublished: 2020-11-30\n\nTrains were cancelled on Monday.';
    const record = cleanDocument(below);
    expect(record.title).toBe('Rail strike halts trains');
    expect(record.meta.url).toBe('https://example.co.uk/rail');
    expect(record.text).toBe('Trains were cancelled on Monday.');
    const titled = cleanDocument('Title: Council backs tram line\nDate: 14 May 2022\n\nThe city council voted on Thursday to build a tram line to the airport.');
    expect(titled.title).toBe('Council backs tram line');
    expect(titled.meta.date).toBe('14 May 2022');
  });

  it('reads a YAML-style fence around the block, and only a closed one', () => {
    const fenced = '---\ntitle: Neue Brücke eröffnet\ndatum: 2024-01-15\n---\n\nDie neue Brücke ist am Montag freigegeben worden.';
    expect(findHeaderBlock(fenced)?.lines).toHaveLength(4);
    expect(headerFields(findHeaderBlock(fenced)!)).toEqual({ meta: { date: '2024-01-15' }, title: 'Neue Brücke eröffnet' });
    expect(findHeaderBlock('---\ntitle: A\ndate: 2024\n\nBody.')).toBeUndefined();
  });

  it('keeps the meta a JSON document already has, and an invalid url or language out', () => {
    const block = findHeaderBlock('url: not a link\nlang: English\nauthor: Staff\n\nBody.')!;
    expect(headerFields(block)).toEqual({ meta: { author: 'Staff' } });
    const record = cleanDocument(JSON.stringify({ text: 'author: Wire\ndate: 2021-01-01\n\nThe strike ended.', author: 'Desk' }), { format: 'json' });
    expect(record.meta.author).toBe('Desk');
    expect(record.meta.date).toBe('2021-01-01');
  });

  it('stays off when the rule is off, and on a text that is all key lines', () => {
    const off = cleanDocument(doc, { settings: { rules: { 'header-block': 'off' } } });
    expect(off.removed.some((r) => r.rule === 'header-block')).toBe(false);
    expect(off.meta.author).toBeUndefined();
    expect(findHeaderBlock('Population: 12,400\nArea: 35 km²\nMayor: Anna Berg')).toBeUndefined();
  });

  it('never runs outside a document’s own lines (an HTML extractor’s paragraphs)', () => {
    expect(removedBy(doc, { markers: [], boilerplate: [] })).toEqual([]);
  });
});

describe('header-block: a feed reader\'s header with its keys in brackets', () => {
  it('removes "[key] value" lines at the top and finds the title below them', () => {
    const text = '[feed] De Waalbode – Nieuws uit het Rivierenland\n[link] https://www.dewaalbode.example/buren/vorst/\n[pubDate] Fri, 05 Apr 2024 06:30:00 +0000\n[author] Joost Hermsen\n\nFruittelers in de Betuwe houden nacht na nacht de wacht tegen vorst\nTerwijl de rest van de Betuwe slaapt, staan fruittelers deze week midden in de nacht in hun boomgaarden.\n';
    expect(removedBy(text)).toEqual(['[feed] De Waalbode – Nieuws uit het Rivierenland', '[link] https://www.dewaalbode.example/buren/vorst/', '[pubDate] Fri, 05 Apr 2024 06:30:00 +0000', '[author] Joost Hermsen']);
    expect(cleanDocument(text).title).toBe('Fruittelers in de Betuwe houden nacht na nacht de wacht tegen vorst');
  });
  it('leaves a bracketed label above the text that is no header ("[Update] …", one line)', () => {
    expect(removedBy('[Update] The council has since confirmed the closure.\nThe library will close on Mondays from March.\n')).toEqual([]);
  });
});
