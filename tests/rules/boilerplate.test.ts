import { describe, expect, it } from 'vitest';
import { changesOf, clean, fixtureSuite, linearTimeSuite } from './_fixtures.js';
import { cleanText } from '../../src/clean/index.js';
import { createProcessor } from '../../src/pipeline/index.js';
import { defaultSettings } from '../../src/settings.js';
import type { UnscrapeRecord } from '../../src/types.js';

fixtureSuite('boilerplate');
linearTimeSuite('boilerplate', ['The post appeared first on. '.repeat(20_000), 'x. The post '.repeat(30_000) + 'appeared first on Kyiv Post.']);

describe('an embedded social post', () => {
  const intro = 'The minister answered the question at length on Monday evening.';
  const attribution = '— Jane Roe (@janeroe) November 18, 2019';
  it('removes the attribution line; the post\'s text above it is what the article quotes, and stays', () => {
    const post = 'Time to rethink the plan. https://t.co/Kcd2etEclX';
    expect(changesOf('boilerplate', `${intro}\n${post}\n${attribution}\n`)).toEqual([[attribution, '']]);
    expect(clean(`${intro}\n\n${post}\n\n${attribution}`)).toBe(`${intro}\n\n${post}`);
  });
  it('removes the attribution after the post\'s text on one line, and keeps the text', () => {
    const text = 'I want a sequel and I want to write it';
    expect(changesOf('boilerplate', `${intro}\n${text} — Sam Poe (@sampoe) February 25, 2016\n`)).toEqual([[' — Sam Poe (@sampoe) February 25, 2016', '']]);
    expect(clean(`${text} — Sam Poe (@sampoe) February 25, 2016`)).toBe(text);
  });
  it('keeps a sentence that names a handle and a date without being an attribution', () => {
    expect(changesOf('boilerplate', 'He posted the clip (@sampoe) on Monday and deleted it on February 25, 2016.\n')).toEqual([]);
    expect(changesOf('boilerplate', 'The poll put her 12 - 14 points ahead of Jane Roe (@janeroe) in the week of November 18, 2019.\n')).toEqual([]);
  });
});

describe('boilerplate spans', () => {
  it('removes the whole line and nothing around it', () => {
    const text = 'Title words\n\nThis material is also available in Ukrainian.\n\nMore than one hundred officers signed.';
    expect(changesOf('boilerplate', text)).toEqual([['This material is also available in Ukrainian.', '']]);
    expect(clean(text)).toBe('Title words\n\nMore than one hundred officers signed.');
  });
  it('removes a cross-link with its headline', () => {
    expect(changesOf('boilerplate', 'Read also: Lukashenko promised a referendum')).toEqual([['Read also: Lukashenko promised a referendum', '']]);
  });
  it('removes lines that start with a configured phrase', () => {
    expect(changesOf('boilerplate', 'Follow our partner channel today', { markers: [], boilerplate: ['Follow our partner'] })).toHaveLength(1);
    // A typographic apostrophe in the line or the phrase reads as a straight one.
    expect(changesOf('boilerplate', 'Don’t miss our partner channel', { markers: [], boilerplate: ["Don't miss our partner"] })).toHaveLength(1);
    expect(changesOf('boilerplate', "Don't miss our partner channel", { markers: [], boilerplate: ['Don’t miss our partner'] })).toHaveLength(1);
  });
  describe('a feed footer in other words, told by the title it frames', () => {
    const title = 'Puebla: volunteers rescue 40 dogs abandoned in a house';
    const ctx = { markers: [], boilerplate: [], title };
    const body = 'Volunteers of a local shelter entered the house on Tuesday after neighbours complained about the noise.\n\nThe dogs were taken to three shelters in the city.';
    it('goes as a line of its own near the end, in any wording that ends with a site', () => {
      for (const footer of [
        `The entry ${title} was first published in El Heraldo Poblano Digital.`,
        `La entrada ${title} se publicó primero en Diario del Turia.`,
        `Der Beitrag „${title}“ erschien zuerst auf example.de`,
      ]) expect(changesOf('boilerplate', `${body}\n\n${footer}\n\nComments (0)`, ctx).map(([t]) => t), footer).toContain(footer);
    });
    it('stays when it is no line near the end, names no site, frames no whole title or the title is short', () => {
      const footer = `The entry ${title} was first published in El Heraldo Poblano Digital.`;
      expect(changesOf('boilerplate', `${footer}\n\n${body}\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.`, ctx)).toEqual([]);
      expect(changesOf('boilerplate', `${body}\n\nThe headline “${title}” was later corrected by the editors.`, ctx)).toEqual([]);
      expect(changesOf('boilerplate', `${body}\n\nThe entry Puebla: volunteers rescue dogs was first published in El Heraldo.`, ctx)).toEqual([]);
      expect(changesOf('boilerplate', `${body}\n\nThe entry Dogs rescued was first published in El Heraldo.`, { ...ctx, title: 'Dogs rescued' })).toEqual([]);
      expect(changesOf('boilerplate', `${body}\n\nThe entry ${title} was first published in El Heraldo. Read more there.`, ctx)).toEqual([]);
    });
  });
  describe('a WordPress feed footer', () => {
    const title = '8 Smart Ways to Make Flying Less Sucky';
    const withTitle = (t: string) => ({ markers: [], boilerplate: [], title: t });
    const para = 'This year\'s Crystal Cabin Awards point to some exciting developments for everyone who flies, economy or otherwise.';
    const footer = `The post ${title} appeared first on WIRED.`;

    it('is cut from the end of a paragraph when it names the title, with the space before it', () => {
      const text = `${para} ${footer}`;
      expect(changesOf('boilerplate', text, withTitle(title))).toEqual([[` ${footer}`, '']]);
      expect(clean(text, withTitle(title))).toBe(para);
    });
    it('names the title loosely: case, quotes, a site after the title', () => {
      const text = `First paragraph.\n\nSecond. The post “Smart Ways” To Fly appeared first on WIRED.\n\nThird paragraph.`;
      expect(changesOf('boilerplate', text, withTitle('"Smart Ways" to fly | WIRED'))).toEqual([[' The post “Smart Ways” To Fly appeared first on WIRED.', '']]);
    });
    it('stays inside a paragraph that does not end the text, when the title is another or unknown', () => {
      const text = `${para} ${footer}\n\nAnother paragraph follows.`;
      expect(changesOf('boilerplate', text, withTitle('Airlines cut fares'))).toEqual([]);
      expect(changesOf('boilerplate', text)).toEqual([]);
    });
    it('without the title, is removed as a line of its own or at the end of the text, naming a site', () => {
      expect(changesOf('boilerplate', `${para}\n\n${footer}\n\nSource link`)).toEqual([[footer, ''], ['Source link', '']]);
      expect(changesOf('boilerplate', `${para} ${footer}\n`)).toEqual([[` ${footer}`, '']]);
      expect(changesOf('boilerplate', `${para} The post ${title} appeared first on example.com`)).toHaveLength(1);
      expect(clean(`${para}\n\n${footer}`)).toBe(para);
    });
    it('is found after a sentence that starts like one, and in a title that holds the words', () => {
      const text = 'The post office closed on Monday. The post Another Story appeared first on Kyiv Post.\n\nThe envoy resigned.';
      expect(changesOf('boilerplate', text, withTitle('Another Story'))).toEqual([[' The post Another Story appeared first on Kyiv Post.', '']]);
      const inTitle = `${para} The post The post office is closing appeared first on Kyiv Post.\n\nThe envoy resigned.`;
      expect(changesOf('boilerplate', inTitle, withTitle('The post office is closing'))).toEqual([[' The post The post office is closing appeared first on Kyiv Post.', '']]);
    });
    it('is a line of its own after an ad marker: each removal keeps its own rule', () => {
      const text = `${para}\n\n[ad_2] The post Another Story appeared first on Kyiv Post.\n\nThe next paragraph.`;
      const record = cleanText(text, { markers: [], boilerplate: [] }, () => true);
      const removed = record.changes.filter((c) => c.rule !== 'whitespace').map((c) => [c.rule, text.slice(c.start, c.end)]);
      expect(removed).toEqual([['ad-marker', '[ad_2]'], ['boilerplate', ' The post Another Story appeared first on Kyiv Post.']]);
      expect(record.text).toBe(`${para}\n\nThe next paragraph.`);
    });
    it('removes a whole line longer than the widget limit when it names the title', () => {
      const long = 'A '.repeat(130) + 'title';
      const text = `${para}\n\nThe post ${long} appeared first on Example News.\n\nMore text here.`;
      expect(changesOf('boilerplate', text, withTitle(long))).toEqual([[`The post ${long} appeared first on Example News.`, '']]);
    });
    it('leaves sentences about posts alone', () => {
      for (const text of [
        'The post office appeared first on the list of closures.',
        'The post of envoy appeared first on a list of cuts.\n\nThe envoy resigned.',
        'The post Minister of Defence appeared first on a list of cuts, the union said.',
        `${para} The post Minister of Defence appeared first on Tuesday’s list.\n\nThe envoy resigned.`,
        // a line that starts like a footer but is a sentence before one
        'The post office closed on Monday. The post Another Story appeared first on Kyiv Post.\n\nThe envoy resigned.',
        `${para} The post appeared first on Telegram, the spokesman said.`,
      ]) expect(changesOf('boilerplate', text, withTitle('Cuts at the ministry')), text).toEqual([]);
    });
  });
  describe('a WordPress feed footer in a document, with the title the document gives', () => {
    const process = createProcessor(defaultSettings());
    const footer = ' The post Ministers Meet in Kyiv appeared first on Example.';
    const body = 'The ministers met on Tuesday and agreed on nothing at all, the agency said.';
    const cases: Array<[string, string]> = [
      // a WP Automatic export: front matter title, HTML body, the footer's two links
      ['post.md', `---\npost_title: Ministers meet in Kyiv\n---\n<p>${body} The post <a href="https://example.com/m">Ministers Meet in Kyiv</a> appeared first on <a href="https://example.com">Example</a>.</p>\n<p>Second paragraph of the post.</p>\n`],
      ['post.txt', `Ministers Meet in Kyiv\n\n${body}${footer}\n\nSecond paragraph of the post.\n`],
      ['post.json', JSON.stringify({ title: 'Ministers Meet in Kyiv', text: `${body}${footer}\n\nSecond paragraph of the post.` })],
    ];
    it.each(cases)('%s: the footer is removed and recorded', (path, data) => {
      const record = process({ path, data }) as UnscrapeRecord;
      expect(record.paragraphs).toEqual([body, 'Second paragraph of the post.']);
      expect(record.removed.filter((r) => r.rule === 'boilerplate').map((r) => r.text)).toEqual([footer]);
    });
  });
});

