/**
 * Sentences broken across lines (shared/wrap.ts): in a text wrapped at a fixed width, the line
 * rules read a sentence's pieces as one line; a page's text, one block per line, is read line
 * by line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanRules, cleanText, proposeAlone } from '../src/clean/index.js';
import { linesOf } from '../src/clean/line-view.js';
import { logicalLines, unitRuns, wrapWidth } from '../src/shared/wrap.js';
import type { CleanContext } from '../src/types.js';

const ctx: CleanContext = { markers: [], boilerplate: [], plain: true };
const nonBlank = (text: string) => linesOf(text).filter((l) => l.trimEnd > l.trimStart);

/** `words` (a space-separated text) folded at `width` columns, as `fold -s` does. */
function fold(words: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const w of words.split(' ')) {
    if (line !== '' && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  return [...lines, line].join('\n');
}

const ferries =
  'The regional transport authority said on Monday that it would replace four of its diesel ferries with battery-powered boats by 2027, after a two-year trial on the shortest crossing proved more reliable than its operators had expected.';
const loan =
  'The new boats will cost about 38 million euros, and the rest of the sum will come from a loan that the national development bank agreed to last week.';
const warning =
  'Ferry operators welcomed the decision but warned that the charging stations at both ends of each crossing must be ready before the first boat arrives, or the timetable would have to be cut during the winter months, when demand is lowest anyway.';
const spring = 'The first two boats are expected to enter service next spring, with the remaining two following in the autumn, once the crews have been trained on the new controls.';
/** A story long enough to tell the width it is folded at (a dozen lines at 72 columns). */
const story = [ferries, loan, warning, spring].join(' ');

describe('wrapWidth', () => {
  it('finds the width a text was folded at', () => {
    expect(wrapWidth(nonBlank(fold(story, 72)))).toBeGreaterThan(65);
    expect(wrapWidth(nonBlank(fold(story, 72)))).toBeLessThanOrEqual(72);
    expect(wrapWidth(nonBlank(fold(story, 50)))).toBeLessThanOrEqual(50);
  });

  it('does not take a page rendered one block per line, a list, paragraphs one per line or a few lines for one', () => {
    const page = ['Home', 'Politik', 'Wirtschaft', 'Sport', 'Harbour towns bet on electric ferries', 'von Julia Klaus', ferries, loan, 'Mehr zum Thema', 'Newsletter'].join('\n');
    expect(wrapWidth(nonBlank(page))).toBeUndefined();
    expect(wrapWidth(nonBlank(['Home', 'News', 'Sport', 'Weather', 'Culture', 'Travel'].join('\n')))).toBeUndefined();
    expect(wrapWidth(nonBlank([ferries, loan, warning, spring].join('\n')))).toBeUndefined();
    // Headlines of similar length, each with a capital: they break "full", but no sentence goes on.
    const headlines = ['Harbour towns on the northern coast bet on electric ferries for 2027', 'National development bank agrees to lend the ferry authority millions', 'Operators warn that the charging stations must be ready before spring', 'Winter timetable for the island crossings may be cut if boats are late', 'Crews begin training on the new controls of the battery-powered boats'];
    expect(wrapWidth(nonBlank([...headlines, ...headlines].join('\n')))).toBeUndefined();
    expect(wrapWidth(nonBlank(fold(ferries, 72)))).toBeUndefined();
  });
});

describe('logicalLines', () => {
  it('joins the pieces of each sentence of a wrapped text, offsets kept', () => {
    const text = `Harbour towns bet on electric ferries\n\n${fold(story, 72)}\n\n${fold('Officials said the quieter boats had also become popular.', 50)}\n`;
    const lines = logicalLines(text, linesOf(text)).filter((l) => l.trimEnd > l.trimStart);
    expect(lines.map((l) => l.text)).toEqual(['Harbour towns bet on electric ferries', story, 'Officials said the quieter boats had also become popular.']);
    for (const l of lines) expect(text.slice(l.trimStart, l.trimEnd).replace(/\n/gu, ' ')).toBe(l.text);
  });

  it('leaves the lines of other texts as they are, and reads a stretch that tells its width on its own', () => {
    const page = `Home\nSport\n${ferries}\n${loan}\n`;
    const pageLines = linesOf(page);
    expect(logicalLines(page, pageLines)).toBe(pageLines);
    expect(logicalLines(page, linesOf(page)).map((l) => l.text)).toEqual(linesOf(page).map((l) => l.text));
    // A wrapped article pasted after one written a paragraph per line.
    const mixed = `${ferries}\n${loan}\n\n${fold(story, 72)}\n`;
    const lines = logicalLines(mixed, linesOf(mixed)).filter((l) => l.trimEnd > l.trimStart);
    expect(lines.map((l) => l.text)).toEqual([ferries, loan, story]);
  });
});

describe('unitRuns', () => {
  it('joins a line that goes on with the sentence above, and in a hard-wrapped text a whole paragraph', () => {
    const text = 'The boats had also become\npopular with commuters.\nHome\nSport\n';
    expect(unitRuns(nonBlank(text))).toEqual([{ first: 0, last: 1 }, { first: 2, last: 2 }, { first: 3, last: 3 }]);
    const lines = nonBlank(fold(story, 40));
    expect(unitRuns(lines)).toEqual([{ first: 0, last: lines.length - 1 }]);
  });
});

describe('the line rules, on a wrapped text', () => {
  const text = `${fold(story, 72)}\n\n${fold('Officials said the quieter boats had also become popular.', 50)}\n\n[ad_1]\n\nRead also: Why the island bridge stalled\n\n${fold(loan, 72)}\n`;
  const rule = (id: string) => cleanRules.find((r) => r.id === id)!;
  const removed = (id: string) => proposeAlone(rule(id), text, ctx).filter((c) => c.replacement === '').map((c) => text.slice(c.start, c.end));

  it('read a sentence’s pieces as one line: its last line is no teaser label', () => {
    expect(text).toContain('\npopular.\n');
    expect(removed('boilerplate')).toEqual(['Read also: Why the island bridge stalled']);
    expect(removed('page-furniture')).toEqual([]);
  });

  it('remove the lines between the paragraphs as before', () => {
    expect(removed('ad-marker')).toEqual(['[ad_1]']);
  });
});

describe('cleaning a hard-wrapped text', () => {
  it('keeps every word of its paragraphs, and removes the lines between them', () => {
    const text = `Harbour towns bet on electric ferries\n\n${fold(`${ferries} Officials said the quieter boats had also become popular.`, 72)}\n\n[ad_1]\n\nThe new boats will cost about 38 million euros. The authority will pay\nfor half of the sum, and the rest will come from a loan that the\nnational development bank agreed to last week, along with new municipal\nshares.\n\nRead also: Why the island bridge stalled\n\n${fold(`${warning} ${spring}`, 72)}\n`;
    expect(text).toMatch(/\npopular\.\n/u);
    expect(text).toMatch(/\nshares\.\n/u);
    const cleaned = cleanText(text, ctx, () => true);
    const words = (s: string) => s.split(/\s+/u).filter((w) => w !== '');
    expect(words(cleaned.text)).toEqual(words(text.replace('[ad_1]', '').replace('Read also: Why the island bridge stalled', '')));
    expect(cleaned.changes.filter((c) => c.replacement === '' && /\S/u.test(text.slice(c.start, c.end))).map((c) => c.rule).sort()).toEqual(['ad-marker', 'boilerplate']);
  });

  it('is not read as wrapped on a few lines of word soup (a counterexample of the idempotence property)', () => {
    const soup = 'This material is also available in Ukrainian.\nREUTERS/Vasily Fedosenko\nthe Minsk advertisers Minsk Minsk Minsk.\nSubscribe Minsk Ukrainian Ukrainian.\nSubscribe to our Telegram channel\n';
    expect(logicalLines(soup, linesOf(soup)).length).toBe(linesOf(soup).length);
  });
});

describe('logicalLines, on any text', () => {
  const word = fc.constantFrom('the', 'Minister', 'said', 'ferries', 'popular.', 'shares.', 'Read', 'also:', '[ad_1]', 'https://example.com/a', '(Photo:', 'AP)', 'über', 'Straße', '—', 'x');
  const paragraph = fc.array(word, { minLength: 1, maxLength: 120, size: 'max' }).map((ws) => ws.join(' '));
  const text = fc
    .tuple(fc.array(paragraph, { minLength: 1, maxLength: 8, size: 'max' }), fc.integer({ min: 30, max: 100 }), fc.constantFrom('\n', '\n\n'))
    .map(([ps, width, sep]) => ps.map((p) => fold(p, width)).join(sep))
    .chain((t) => fc.constantFrom(t, t.replace(/\n/gu, '\r\n')));

  it('keeps every line, in order, each joined line its pieces with the breaks read as spaces', () => {
    fc.assert(
      fc.property(text, (t) => {
        const physical = linesOf(t);
        const logical = logicalLines(t, physical);
        // The same content, in order: a logical line spans whole physical lines.
        const content = (ls: readonly { trimStart: number; trimEnd: number }[]) => ls.filter((l) => l.trimEnd > l.trimStart).map((l) => t.slice(l.trimStart, l.trimEnd).replace(/\s+/gu, ' ')).join(' ');
        expect(content(logical)).toBe(content(physical));
        for (const l of logical) {
          expect(l.text.length).toBe(l.trimEnd - l.trimStart);
          expect(l.text).toBe(t.slice(l.trimStart, l.trimEnd).replace(/[\r\n\v\f\u0085\u2028\u2029]/gu, ' '));
          // A joined line never spans a blank line.
          expect(/\n[^\S\n]*\n/u.test(t.slice(l.trimStart, l.trimEnd))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
    // The texts drawn are read as wrapped often enough to test the joins.
    const joined = fc.sample(text, { numRuns: 200, seed: 7 }).filter((t) => logicalLines(t, linesOf(t)).length < linesOf(t).length).length;
    expect(joined).toBeGreaterThan(20);
  });
});
