/**
 * Corpus-level repetition through the CLI: the first pass of `clean` and `check` on folders,
 * `unscrape learn`, `--profile` and the `profile` key, a stream's learning window.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { learnFiles } from '../src/run/learn.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocks } from './rules/_fixtures.js';
import { jsonl, tempDir, unscrape } from './helpers/cli.js';

type Rec = { source: { path: string }; text: string; removed: Array<{ rule: string; text: string; reason?: string }> };

const docs = blocks('repeated-line', 'fires');
const template = ['Tide tables · Ferry times · Harbour cams', 'Coastal Ledger newsroom'];

/** The fires documents as text files of one folder (the site), and a folder of two documents. */
function corpus(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'ledger'));
  mkdirSync(join(dir, 'small'));
  docs.forEach((d, i) => writeFileSync(join(dir, 'ledger', `${i + 1}.txt`), d + '\n'));
  docs.slice(0, 2).forEach((d, i) => writeFileSync(join(dir, 'small', `${i + 1}.txt`), d + '\n'));
  return dir;
}

/** The documents as JSON Lines with the site's URL. */
const stream = docs.map((d, i) => JSON.stringify({ url: `https://www.ledger.example/story/${i}`, text: d })).join('\n') + '\n';

const repeated = (r: Rec) => r.removed.filter((x) => x.rule === 'repeated-line');

describe('repeated lines across a corpus', () => {
  it('learn counts the pages of a site too small to repeat a line without reading their lines, identical copies once', () => {
    const dir = tempDir();
    const page = (host: string, body: string) => `<html><head><link rel="canonical" href="https://${host}/a"></head><body><p>${body}</p><p>Share this story</p></body></html>\n`;
    writeFileSync(join(dir, 'a.html'), page('small.example', 'One story.'));
    writeFileSync(join(dir, 'b.html'), page('small.example', 'One story.'));
    ['c', 'd', 'e'].forEach((n) => writeFileSync(join(dir, `${n}.html`), page('big.example', `Story ${n}.`)));
    const r = unscrape(['learn', '.', '-o', 'profile.json'], { cwd: dir });
    expect(r.status).toBe(0);
    const profile = JSON.parse(readFileSync(join(dir, 'profile.json'), 'utf8')) as { documents: number; sites: Record<string, { documents: number; lines: Record<string, number> }> };
    expect(profile.documents).toBe(4);
    expect(profile.sites['small.example']).toEqual({ documents: 1, lines: {} });
    expect(profile.sites['big.example']!.documents).toBe(3);
    expect(Object.values(profile.sites['big.example']!.lines)).toContain(3);
  });

  it('learns the same profile whatever it keeps of the pages between finding their sites and reading their lines', async () => {
    const dir = tempDir();
    // Sites of one, two and four pages, files in an order that mixes them; gzipped and BOM'd pages, a page with the same text as another.
    const page = (host: string | undefined, n: number) => `<html><head>${host ? `<link rel="canonical" href="https://${host}/${n}">` : ''}</head><body><p>Story ${n} of ${host}, with words enough.</p><p>Share this story</p><p>${host ?? 'folder'} newsroom</p></body></html>\n`;
    const names: string[] = [];
    const write = (name: string, data: string | Buffer) => (writeFileSync(join(dir, name), data), names.push(name));
    write('a1.html', page('big.example', 1));
    write('b1.html', page('one.example', 1));
    write('a2.html.gz', gzipSync(page('big.example', 2)));
    write('c1.html', page('two.example', 1));
    write('a3.html', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('big.example', 3))]));
    write('c2.html', page('two.example', 2));
    write('d1.html', page(undefined, 1));
    write('a4.html', page('big.example', 4));
    write('d2.html', page(undefined, 2));
    write('a5.html', page('big.example', 4));
    write('d3.html', page(undefined, 3));
    // A page of a small site and its gzipped copy: one document, told by its bytes without gunzipping the copy whole.
    const filler = `<p>${Array.from({ length: 100_000 }, (_, i) => ((i * 2654435761) >>> 0).toString(36)).join(' ')}</p>`;
    write('e1.html', page('copy.example', 1) + filler);
    write('e2.html.gz', gzipSync(page('copy.example', 1) + filler));
    const files = names.sort().map((n) => ({ abs: join(dir, n), display: n, outRel: n }));
    const profile = async (keep?: number) => {
      const counter = await learnFiles(files, keep === undefined ? {} : { keep });
      return { profile: counter.profile(), documents: counter.documents, duplicates: counter.duplicates };
    };
    const whole = await profile();
    expect(whole.duplicates).toBe(2);
    expect(whole.profile.sites['copy.example']).toEqual({ documents: 1, lines: {} });
    expect(Object.keys(whole.profile.sites['big.example']!.lines)).toContain('l:big example newsroom');
    expect(Object.keys(whole.profile.sites['./']!.lines)).toContain('l:folder newsroom');
    for (const keep of [0, 300, 700, 1500, 100_000]) expect(await profile(keep)).toEqual(whole);
  });

  it('clean on a folder learns each folder’s template in a first pass and says why it removes a line', () => {
    const dir = corpus();
    // The line classifier would also take the template's lines: off, to see this rule alone.
    const r = unscrape(['clean', '.', '--debug', '--rule', 'line-classifier:off'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/repeated-line: first pass: 5 documents \(\+2 identical\)/u);
    const recs = jsonl<Rec>(r.stdout);
    const ledger = recs.filter((x) => x.source.path.startsWith('ledger/'));
    expect(ledger).toHaveLength(5);
    for (const rec of ledger) {
      for (const line of template) expect(rec.text).not.toContain(line);
      expect(rec.text).not.toMatch(/^Elsewhere on the coast: /mu);
      expect(repeated(rec).find((x) => x.text === 'Coastal Ledger newsroom')?.reason).toBe('in 5 of 5 documents of ledger/');
    }
    // Two documents teach nothing.
    for (const rec of recs.filter((x) => x.source.path.startsWith('small/'))) {
      expect(repeated(rec)).toEqual([]);
      expect(rec.text).toContain('Coastal Ledger newsroom');
    }
  });

  it('tells the folders apart when the corpus is outside the working folder (its records show file names alone)', () => {
    const dir = corpus();
    const elsewhere = tempDir();
    // Run from another folder on the corpus's absolute path: 'small' must not join 'ledger' as one site.
    const r = unscrape(['clean', dir, '--rule', 'line-classifier:off'], { cwd: elsewhere });
    expect(r.status).toBe(0);
    const recs = jsonl<Rec>(r.stdout);
    expect(recs.every((x) => !x.source.path.includes('/'))).toBe(true);
    const withTemplate = recs.filter((x) => repeated(x).length > 0);
    expect(withTemplate).toHaveLength(5);
    for (const rec of withTemplate) expect(repeated(rec).find((x) => x.text === 'Coastal Ledger newsroom')?.reason).toBe(`in 5 of 5 documents of ${join(dir, 'ledger')}/`);
    // The two documents of 'small' stay their own site of two: nothing learned.
    expect(recs.filter((x) => x.text.includes('Coastal Ledger newsroom'))).toHaveLength(2);
    // check the same way.
    const c = unscrape(['check', join(dir, 'ledger'), join(dir, 'small'), '--format', 'json'], { cwd: elsewhere });
    const problems = (JSON.parse(c.stdout) as Array<{ problems: Array<{ rule: string; message: string }> }>).flatMap((f) => f.problems);
    expect(problems.filter((m) => m.rule === 'repeated-line').length).toBe(20);
  });

  it('check reports the template lines as fixable problems with the reason', () => {
    const dir = corpus();
    const r = unscrape(['check', 'ledger', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    const problems = (JSON.parse(r.stdout) as Array<{ problems: Array<{ rule: string; message: string }> }>).flatMap((f) => f.problems);
    const found = problems.filter((m) => m.rule === 'repeated-line');
    expect(found.length).toBe(20);
    expect(found.some((m) => m.message.includes('in 5 of 5 documents of ledger/'))).toBe(true);
  });

  it('learn writes a profile that clean --profile uses on a stream; without one a stream learns from a window', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.jsonl'), stream);
    const learned = unscrape(['learn', 'feed.jsonl', '-o', 'profile.json'], { cwd: dir });
    expect(learned.status).toBe(0);
    const profile = JSON.parse(readFileSync(join(dir, 'profile.json'), 'utf8'));
    expect(profile.schema).toBe('unscrape-profile/1');
    expect(profile.sites['ledger.example'].documents).toBe(5);
    expect(profile.sites['ledger.example'].lines['l:coastal ledger newsroom']).toBe(5);

    // One document on stdin: it cannot learn anything itself, the profile knows its site.
    const one = stream.split('\n')[0] + '\n';
    const alone = jsonl<Rec>(unscrape(['clean'], { cwd: dir, input: one }).stdout)[0]!;
    expect(repeated(alone)).toEqual([]);
    const withProfile = jsonl<Rec>(unscrape(['clean', '--profile', 'profile.json'], { cwd: dir, input: one }).stdout)[0]!;
    expect(repeated(withProfile).map((x) => x.reason)).toContain('in 5 of 5 documents of ledger.example');

    // The configuration's `profile`, relative to the configuration file.
    writeFileSync(join(dir, '.unscraperc.json'), JSON.stringify({ profile: 'profile.json' }));
    const configured = jsonl<Rec>(unscrape(['clean'], { cwd: dir, input: one }).stdout)[0]!;
    expect(repeated(configured).length).toBe(4);

    // A whole stream without a profile learns from its first documents and says so.
    const window = unscrape(['clean', '--debug'], { cwd: tempDir(), input: stream });
    expect(window.stderr).toMatch(/no profile: learned from a window of the stream's first 5 documents/u);
    expect(jsonl<Rec>(window.stdout).every((rec) => repeated(rec).length === 4)).toBe(true);
  });

  it('the first pass reads the --text-field the documents are cleaned from', () => {
    // Each document has a short teaser in "text" and the article, with the site's template, in "maintext".
    const feed = docs.map((d, i) => JSON.stringify({ url: `https://www.ledger.example/story/${i}`, text: `Teaser ${i}.`, maintext: d })).join('\n') + '\n';
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.jsonl'), feed);
    const r = unscrape(['clean', 'feed.jsonl', '--text-field', 'maintext', '--rule', 'line-classifier:off', '--debug'], { cwd: dir });
    expect(r.status).toBe(0);
    const recs = jsonl<Rec>(r.stdout);
    expect(recs).toHaveLength(5);
    for (const rec of recs) {
      expect(repeated(rec).map((x) => x.text)).toEqual(expect.arrayContaining(template));
      for (const line of template) expect(rec.text).not.toContain(line);
    }
    // A stream's window and `unscrape learn` read the same field.
    const window = jsonl<Rec>(unscrape(['clean', '--text-field', 'maintext', '--rule', 'line-classifier:off'], { cwd: dir, input: feed }).stdout);
    expect(window.every((rec) => repeated(rec).length === 4)).toBe(true);
    expect(unscrape(['learn', 'feed.jsonl', '--text-field', 'maintext', '-o', 'profile.json'], { cwd: dir }).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'profile.json'), 'utf8')).sites['ledger.example'].lines['l:coastal ledger newsroom']).toBe(5);
  });

  it('takes no line its site repeats as a plain text\'s title', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'herald'));
    const stories = [
      'More than 90,000 daily commuters will be forced onto replacement buses for nine days over Easter, the department said.',
      'Emergency departments across the state recorded their busiest day of the year on Tuesday as temperatures passed 43 degrees.',
      'A childcare centre director has been fined 40,000 dollars after a toddler walked out of the centre unnoticed last year.',
    ];
    stories.forEach((story, i) => writeFileSync(join(dir, 'herald', `s${i}.txt`), `Normal text size Larger text size Very large text size\n${story}\nThe case returns to court in May, a spokeswoman for the regulator said on Friday.\n`));
    const records = jsonl<Rec & { title?: string }>(unscrape(['clean', 'herald', '--rule', 'line-classifier:off'], { cwd: dir }).stdout);
    expect(records).toHaveLength(3);
    for (const rec of records) {
      expect(rec.title).toBeUndefined();
      expect(rec.text.startsWith('Normal text size')).toBe(false);
    }
    // Alone, without its site's other pages, the line reads as a headline.
    const alone = jsonl<Rec & { title?: string }>(unscrape(['clean', join('herald', 's0.txt')], { cwd: dir }).stdout)[0]!;
    expect(alone.title).toBe('Normal text size Larger text size Very large text size');
  });
  it('finds a plain text\'s headline below and above the sentences its site repeats, judged among the document\'s lines', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'wave'));
    const stories = [
      ['Ferry operators add night crossings as summer demand climbs to a record', 'Two operators will run crossings after midnight from July, the port authority said on Monday, after bookings rose by a third.'],
      ['City council delays vote on the riverside housing plan until autumn', 'The council postponed its vote on 1,200 new homes by the river on Tuesday, citing objections from residents and the fire service.'],
      ['Regional airport posts its first annual profit in a decade', 'The airport earned 2.4 million euros last year as passenger numbers returned to their level before the pandemic, its chief executive said.'],
    ];
    stories.forEach(([headline, lead], i) => writeFileSync(join(dir, 'wave', `s${i}.txt`), [
      'Wave Daily, the region in English, every hour',
      headline,
      `By Wave Bot · May ${i + 2}, 2024 · 3 min read`,
      '[Auto-translated] Disclaimer: This article was translated automatically from its source. Wave Daily is not responsible for the accuracy of the translation.',
      lead,
      `The ${['operators', 'councillors', 'managers'][i]} declined to comment further when reached by telephone on ${['Monday', 'Tuesday', 'Wednesday'][i]} evening.`,
    ].join('\n') + '\n'));
    const records = jsonl<Rec & { title?: string }>(unscrape(['clean', 'wave'], { cwd: dir }).stdout);
    expect(records.map((r) => r.title).sort()).toEqual(stories.map(([headline]) => headline).sort());
    for (const rec of records) {
      expect(rec.text).not.toContain('Disclaimer');
      expect(rec.text).not.toContain('every hour');
    }
  });
  it('a bad profile is a configuration error; the rule switched off makes no first pass', () => {
    const dir = corpus();
    writeFileSync(join(dir, 'bad.json'), '{"schema":"other"}');
    const bad = unscrape(['clean', 'ledger', '--profile', 'bad.json'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/not an unscrape profile/u);
    writeFileSync(join(dir, '.unscraperc.json'), JSON.stringify({ rules: { 'repeated-line': 'off', 'line-classifier': 'off' } }));
    const off = unscrape(['clean', 'ledger', '--debug'], { cwd: dir });
    expect(off.stderr).not.toMatch(/first pass/u);
    expect(jsonl<Rec>(off.stdout).every((rec) => repeated(rec).length === 0 && rec.text.includes('Coastal Ledger newsroom'))).toBe(true);
  });
});
