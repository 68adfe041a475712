import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixMarkdown } from '../src/check/markdown.js';
import { clean, dirty, dirtyFixed, project, unscrape } from './helpers/check.js';

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe('unscrape check --fix: plain text', () => {
  it('writes title + blank line + cleaned text, leaves clean files untouched, and a second run changes nothing', () => {
    const dir = project({ 'dirty.txt': dirty, 'clean.txt': clean });
    const before = statSync(join(dir, 'clean.txt'));
    const r = unscrape(['check', '--fix', '.'], { cwd: dir });
    expect(r.status).toBe(0);
    // What --fix did, as ruff says it; the [ad_1] with its blank line is one problem.
    expect(r.stdout).toBe('Fixed 2 problems in 1 file; 0 remain.\n');
    expect(read(dir, 'dirty.txt')).toBe(dirtyFixed);
    const after = statSync(join(dir, 'clean.txt'));
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.ino).toBe(before.ino);
    const fixedStat = statSync(join(dir, 'dirty.txt'));
    const again = unscrape(['check', '--fix', '.'], { cwd: dir });
    expect(again.status).toBe(0);
    expect(again.stdout).toBe('');
    expect(statSync(join(dir, 'dirty.txt')).mtimeMs).toBe(fixedStat.mtimeMs);
    expect(unscrape(['check', '.'], { cwd: dir }).status).toBe(0);
  });

  it('keeps CRLF line endings, a BOM and the file mode', () => {
    const crlf = '\ufeff' + dirty.replace(/\n/g, '\r\n');
    const dir = project({ 'a.txt': crlf });
    chmodSync(join(dir, 'a.txt'), 0o640);
    // A CRLF file is not reported for its line endings.
    const check = unscrape(['check', 'a.txt'], { cwd: dir });
    expect(check.stdout).not.toMatch(/\\r/);
    expect(check.stdout).toMatch(/a\.txt:3:1 /);
    expect(unscrape(['check', '--fix', 'a.txt'], { cwd: dir }).status).toBe(0);
    expect(read(dir, 'a.txt')).toBe('\ufeff' + dirtyFixed.replace(/\n/g, '\r\n'));
    expect(statSync(join(dir, 'a.txt')).mode & 0o777).toBe(0o640);
    expect(unscrape(['check', 'a.txt'], { cwd: dir }).status).toBe(0);
  });

  it('keeps a legacy encoding (windows-1251) byte for byte outside the fix', async () => {
    const iconv = (await import('iconv-lite')).default;
    const text = 'Протест в Гродно\n\n[ad_1]\n\nАкция завершилась мирно. .\n\nОрганизаторы объявили новый маршрут, и колонна двинулась дальше по проспекту.\n';
    const dir = project({ 'a.txt': iconv.encode(text, 'windows-1251') });
    unscrape(['check', '--fix', '--encoding', 'windows-1251', 'a.txt'], { cwd: dir });
    const out = iconv.decode(readFileSync(join(dir, 'a.txt')), 'windows-1251');
    expect(out).toBe(text.replace('[ad_1]\n\n', '').replace('мирно. .', 'мирно.'));
  });

  it('leaves findings alone: U+FFFD stays, the ad goes, check still fails', () => {
    const dir = project({ 'a.txt': 'Title here\n\n[ad_1]\n\nA caf\ufffd opened.\n' });
    const r = unscrape(['check', '--fix', 'a.txt'], { cwd: dir });
    expect(read(dir, 'a.txt')).toBe('Title here\n\nA caf\ufffd opened.\n');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/a\.txt:3:6 +error +Replacement character/);
    const again = unscrape(['check', '--fix', 'a.txt'], { cwd: dir });
    expect(again.status).toBe(1);
    expect(read(dir, 'a.txt')).toBe('Title here\n\nA caf\ufffd opened.\n');
  });

  it('does not rewrite compressed files, and says why', () => {
    const gz = gzipSync(Buffer.from(dirty));
    const dir = project({ 'a.txt.gz': gz });
    const r = unscrape(['check', '--fix', 'a.txt.gz'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/a\.txt\.gz: not fixed: compressed files are not rewritten/);
    expect(r.stdout).toMatch(/a\.txt\.gz:3:1 +error/);
    expect(readFileSync(join(dir, 'a.txt.gz')).equals(gz)).toBe(true);
  });
});

describe('unscrape check --fix: JSON and JSON Lines', () => {
  it('changes only the text field of a JSON document, keeping the other fields and their layout', () => {
    const doc = '{\n  "id": 7,\n  "title": "Protest in Grodno",\n  "text": "[ad_1]\\n\\nThe rally ended peacefully. .",\n  "tags": ["a", "b"],\n  "url": "https://example.org/x"\n}\n';
    const dir = project({ 'a.json': doc });
    const check = unscrape(['check', 'a.json'], { cwd: dir });
    // Each problem at its own line and column in the file, past the escapes before it.
    const line4 = doc.split('\n')[3]!;
    expect(check.stdout).toMatch(new RegExp(`^a\\.json:4:${line4.indexOf('[ad_1]') + 1} +error +Ad placeholder: remove “\\[ad_1\\]” \\(in "text" at 1:1\\) +ad-marker$`, 'm'));
    expect(check.stdout).toMatch(new RegExp(`^a\\.json:4:${line4.indexOf('. .') + 1} +error +Stray punctuation`, 'm'));
    expect(unscrape(['check', '--fix', 'a.json'], { cwd: dir }).status).toBe(0);
    expect(read(dir, 'a.json')).toBe(doc.replace('[ad_1]\\n\\nThe rally ended peacefully. .', 'The rally ended peacefully.'));
  });

  it('rewrites only the JSON Lines lines that change, in order, keeping CRLF', () => {
    const lines = ['{"id":1,"text":"Nothing to fix here."}', '{"id":2,"text":"[ad_1]\\n\\nThe rally. .","x":[1,2]}', '', '{"id":3,"text":"Fine."}'];
    const dir = project({ 'a.jsonl': lines.join('\r\n') + '\r\n' });
    const check = unscrape(['check', 'a.jsonl'], { cwd: dir });
    expect(check.stdout).toMatch(new RegExp(`^a\\.jsonl:2:${lines[1]!.indexOf('[ad_1]') + 1} +error +Ad placeholder`, 'm'));
    expect(check.stdout).toMatch(new RegExp(`^a\\.jsonl:2:${lines[1]!.indexOf('. .') + 1} +error +Stray punctuation`, 'm'));
    expect(unscrape(['check', '--fix', 'a.jsonl'], { cwd: dir }).status).toBe(0);
    expect(read(dir, 'a.jsonl')).toBe([lines[0], '{"id":2,"text":"The rally.","x":[1,2]}', '', lines[3]].join('\r\n') + '\r\n');
    expect(unscrape(['check', 'a.jsonl'], { cwd: dir }).status).toBe(0);
  });

  it('with --text-field, places problems in that field and fixes only it', () => {
    const line = '{"id":2,"text":"A teaser. .","maintext":"[ad_1]\\n\\nThe rally ended. ."}';
    const dir = project({ 'a.jsonl': line + '\n' });
    const check = unscrape(['check', 'a.jsonl', '--text-field', 'maintext'], { cwd: dir });
    expect(check.stdout).toMatch(new RegExp(`^a\\.jsonl:1:${line.indexOf('[ad_1]') + 1} +error +Ad placeholder: remove “\\[ad_1\\]” \\(in "maintext" at 1:1\\) +ad-marker$`, 'm'));
    expect(unscrape(['check', '--fix', 'a.jsonl', '--text-field', 'maintext'], { cwd: dir }).status).toBe(0);
    expect(read(dir, 'a.jsonl')).toBe('{"id":2,"text":"A teaser. .","maintext":"The rally ended."}\n');
  });

  it('reports a malformed JSON Lines line as a document error at its line', () => {
    const dir = project({ 'a.jsonl': '{"text":"Fine."}\n{"text": nope}\n' });
    const r = unscrape(['check', 'a.jsonl'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^a\.jsonl:2:1 +error +json: not valid JSON[^\n]* document$/m);
  });
});

describe('unscrape check --fix: HTML and --fix-dry-run', () => {
  it('never rewrites HTML, and says so', () => {
    const html = '<html><body><article><h1>Protest</h1><p>[ad_1]</p><p>The rally ended peacefully, and the police did not interfere with the march. .</p></article></body></html>\n';
    const dir = project({ 'a.html': html });
    const r = unscrape(['check', '--fix', 'a.html'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/stray-punctuation/);
    expect(r.stderr).toMatch(/a\.html: not fixed: HTML files are reported, never rewritten/);
    expect(read(dir, 'a.html')).toBe(html);
  });

  it('--fix-dry-run prints a unified diff that git apply accepts, and writes nothing', async () => {
    const dir = project({ 'dirty.txt': dirty, 'clean.txt': clean });
    const r = unscrape(['check', '--fix-dry-run', '.'], { cwd: dir });
    expect(read(dir, 'dirty.txt')).toBe(dirty);
    expect(r.stdout).toMatch(/^--- a\/dirty\.txt\n\+\+\+ b\/dirty\.txt\n@@ /);
    expect(r.stdout).toMatch(/^-\[ad_1\]$/m);
    expect(r.stdout).not.toMatch(/clean\.txt/);
    const { spawnSync } = await import('node:child_process');
    writeFileSync(join(dir, 'fix.patch'), r.stdout);
    const apply = spawnSync('git', ['apply', '--unsafe-paths', 'fix.patch'], { cwd: dir, encoding: 'utf8' });
    expect(apply.stderr).toBe('');
    expect(read(dir, 'dirty.txt')).toBe(dirtyFixed);
  });
});

describe('unscrape check --fix: Markdown', () => {
  it('fixes plain-text paragraphs, keeping front matter and Markdown syntax; a second run changes nothing', () => {
    const md = '---\ntitle: Protest in Grodno\ndate: 2020-09-01\n---\n\n## The march\n\n[ad_1]\n\nThe rally ended peacefully. .\n\n- first item\n- second item\n';
    const dir = project({ 'a.md': md });
    const check = unscrape(['check', 'a.md'], { cwd: dir });
    expect(check.stdout).toMatch(/^a\.md:8:1 +error +Ad placeholder: remove “\[ad_1\]” +ad-marker$/m);
    expect(check.stdout).toMatch(/^a\.md:10:27 +error +Stray punctuation/m);
    expect(unscrape(['check', '--fix', 'a.md'], { cwd: dir }).status).toBe(0);
    expect(read(dir, 'a.md')).toBe('---\ntitle: Protest in Grodno\ndate: 2020-09-01\n---\n\n## The march\n\nThe rally ended peacefully.\n\n- first item\n- second item\n');
    const mtime = statSync(join(dir, 'a.md')).mtimeMs;
    unscrape(['check', '--fix', 'a.md'], { cwd: dir });
    expect(statSync(join(dir, 'a.md')).mtimeMs).toBe(mtime);
  });

  it('fixes inside emphasis, links and wrapped lines, with positions in the file; markup stays', () => {
    const md = '# Title\n\nSome *emphasis* here. .\n\nA [linked](https://example.com/a) claim , and a line\nwrapped **in the middle** . .\n\n> A quote\n> that wraps , twice.\n';
    const dir = project({ 'a.md': md });
    const r = unscrape(['check', '--fix', 'a.md'], { cwd: dir });
    expect(r.stderr).not.toMatch(/not fixed/);
    expect(read(dir, 'a.md')).toBe('# Title\n\nSome *emphasis* here.\n\nA [linked](https://example.com/a) claim, and a line\nwrapped **in the middle**.\n\n> A quote\n> that wraps, twice.\n');
    // positions point into the file: line 3, column 21 is the ". ." after the emphasis
    const again = unscrape(['check', 'a.md'], { cwd: project({ 'a.md': md }) });
    expect(again.stdout).toMatch(/^a\.md:3:21 +error +Stray punctuation/m);
    expect(again.stdout).toMatch(/^a\.md:6:\d+ +error +Stray punctuation/m);
    expect(unscrape(['check', 'a.md'], { cwd: dir }).status).toBe(0);
  });

  it('says what it fixed, as ruff does, lists the files it could not fix, and counts only what --fix can fix as fixable', () => {
    const dir = project({ 'a.html': '<html><body><article><p>The rally ended peacefully in the evening, organisers said. .</p></article></body></html>\n', 'b.txt': dirty, 'c.txt': 'Title here\n\nOne , two.\n\nIt should be recalled that it rained.\n' });
    const before = unscrape(['check', '.'], { cwd: dir });
    // a.html's problem is not fixable by --fix: not counted as such.
    expect(before.stdout).toMatch(/^ {2}3 problems are fixable with --fix$/m);
    const r = unscrape(['check', '--fix', '.'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^Fixed 3 problems in 2 files; 2 remain\.$/m);
    expect(r.stdout).toMatch(/^Not fixed: a\.html: HTML files are reported, never rewritten/m);
    const json = unscrape(['check', '--fix', '--format', 'json', '.'], { cwd: project({ 'b.txt': dirty }) });
    expect(JSON.parse(json.stdout)[0].problems).toEqual([]);
    expect(json.stderr).toMatch(/^unscrape: Fixed 2 problems in 1 file; 0 remain\.$/m);
  });
});

describe('Markdown fixes through the record\'s file positions', () => {
  /** A record whose spans are where `file` holds the given source text (its first occurrence). */
  const record = (file: string, removed: Array<[string, string, string?]>, edits: Array<[string, string, string]> = []) => {
    const cp = (s: string) => [...s].length;
    const at = (s: string) => cp(file.slice(0, file.indexOf(s)));
    return {
      removed: removed.map(([rule, text, inFile]) => ({ rule, start: at(inFile ?? text), end: at(inFile ?? text) + cp(inFile ?? text), text })),
      edits: edits.map(([rule, before, after]) => ({ rule, start: at(before), end: at(before) + cp(before), before, after })),
    };
  };

  it('removes a paragraph with its blank line and edits inside a paragraph, keeping front matter', () => {
    const file = '---\ntitle: Protest in Grodno\n---\n\n[ad_1]\n\nThe rally ended peacefully. .\n\n## A heading\n';
    const fixed = fixMarkdown(file, record(file, [['ad-marker', '[ad_1]']], [['stray-punctuation', '. .', '.']]));
    expect(fixed).toEqual({ unmapped: [], text: '---\ntitle: Protest in Grodno\n---\n\nThe rally ended peacefully.\n\n## A heading\n' });
  });

  it('removes a paragraph under markup whole, and emphasis that a removal opens with it', () => {
    const file = 'Intro text here.\n\n**Advertisement**\n\n**Sponsored:** the rest stays.\n';
    const fixed = fixMarkdown(file, record(file, [['boilerplate', 'Advertisement', 'Advertisement'], ['boilerplate', 'Sponsored: ', 'Sponsored:** ']]));
    expect(fixed).toEqual({ unmapped: [], text: 'Intro text here.\n\nthe rest stays.\n' });
  });

  it('removes the HTML tags that a removal ends inside or starts inside, as few as balance it', () => {
    // A social post's attribution in a WordPress body: the span ends at the link's text, before </a>.
    const file = '<blockquote><p>Stay safe.</p> <p>— Chief Brown (@DPDChief) <a href="https://twitter.com/DPDChief/status/1">July 17, 2016</a></p></blockquote>\n\nThe story goes on.\n';
    const fixed = fixMarkdown(file, record(file, [['boilerplate', '— Chief Brown (@DPDChief) July 17, 2016', '— Chief Brown (@DPDChief) <a href="https://twitter.com/DPDChief/status/1">July 17, 2016']]));
    expect(fixed).toEqual({ unmapped: [], text: '<blockquote><p>Stay safe.</p> <p></p></blockquote>\n\nThe story goes on.\n' });
    const opening = 'Text here. <em><a href="/x">Read more</a> today</em> and more.\n';
    const fixed2 = fixMarkdown(opening, record(opening, [['boilerplate', 'Read more today', 'Read more</a> today</em>']]));
    expect(fixed2).toEqual({ unmapped: [], text: 'Text here.  and more.\n' });
  });

  it('reports what does not map: a span whose file text is not the record\'s, an edit whose span holds markup', () => {
    const file = 'The *rally* ended. .\n';
    const fixed = fixMarkdown(file, {
      removed: [{ rule: 'boilerplate', start: 0, end: 3, text: 'Other words' }],
      edits: [{ rule: 'mojibake', start: 4, end: 11, before: 'rally', after: 'Rally' }],
    });
    expect(fixed.text).toBe(file);
    expect(fixed.unmapped).toEqual(['Other words', 'rally']);
  });
});
