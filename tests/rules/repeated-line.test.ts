import { describe, expect, it } from 'vitest';
import { cleanText, proposeAlone } from '../../src/clean/index.js';
import { repeatedLine } from '../../src/clean/repeated-line.js';
import { fingerprint, lineKind, templatesOf } from '../../src/repeated/lines.js';
import { RepetitionCounter, qualifying, type SiteCounts } from '../../src/repeated/profile.js';
import { createProcessor } from '../../src/pipeline/index.js';
import { defaultSettings } from '../../src/settings.js';
import type { CleanContext, UnscrapeRecord } from '../../src/types.js';
import { blocks } from './_fixtures.js';

/** What the first pass keeps of `docs`, all of one site. */
function learned(docs: readonly string[], site = 'example.com'): SiteCounts | undefined {
  const counter = new RepetitionCounter();
  for (const d of docs) counter.add(site, d.split('\n'), d);
  return qualifying(counter.profile()).sites[site];
}

/** The lines `repeated-line` removes from `doc`, with their reasons, once every rule has run. */
function removed(doc: string, counts: SiteCounts | undefined): Array<[string, string | undefined]> {
  const ctx: CleanContext = { markers: [], boilerplate: [] };
  if (counts) ctx.repeated = { site: 'example.com', documents: counts.documents, lines: counts.lines };
  return cleanText(doc, ctx, () => true)
    .changes.filter((c) => c.rule === 'repeated-line')
    .map((c) => [doc.slice(c.start, c.end), c.reason]);
}

describe('repeated-line fixtures', () => {
  const fires = blocks('repeated-line', 'fires');
  const quiet = blocks('repeated-line', 'quiet');
  it('has fixtures of both kinds', () => {
    expect(fires.length).toBeGreaterThanOrEqual(5);
    expect(quiet.length).toBeGreaterThanOrEqual(5);
  });
  it.each(fires.map((b, i) => [i + 1, b]))('fires.txt document %i loses its site template and nothing else', (_n, block) => {
    const lines = removed(block as string, learned(fires)).map(([text]) => text);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('Tide tables · Ferry times · Harbour cams');
    expect(lines[1]).toMatch(/^Elsewhere on the coast: /u);
    expect(lines[2]).toBe('Coastal Ledger newsroom');
    expect(lines[3]).toMatch(/^Coastal Ledger is funded by readers like you \(20\d\d\)\.$/u);
  });
  it.each(quiet.map((b, i) => [i + 1, b]))('quiet.txt document %i keeps every line', (_n, block) => {
    expect(removed(block as string, learned(quiet))).toEqual([]);
  });
});

/** Words that make each filler document its own (digits are folded, so numbers would not). */
const names = 'apple birch cedar daisy elm fern grape hazel iris juniper kale lime maple nettle oak pine quince rose sage thyme'.split(' ');
const filler = (i: number) => `A report on the ${names[i % 20]} and the ${names[Math.floor(i / 20) % 20]} with words of its own.`;

describe('repeated-line', () => {
  const fires = blocks('repeated-line', 'fires');
  it('says in how many of the site’s documents the line is, or its template', () => {
    const reasons = removed(fires[0]!, learned(fires)).map(([, reason]) => reason);
    expect(reasons[0]).toBe('in 5 of 5 documents of example.com');
    expect(reasons[1]).toBe('begins like lines in 5 of 5 documents of example.com (“elsewhere on the coast: …”)');
  });
  it('learns nothing from a site of two documents, or from one document seen many times', () => {
    expect(learned(fires.slice(0, 2))).toBeUndefined();
    expect(learned([fires[0]!, fires[0]!, fires[0]!, fires[0]!])).toBeUndefined();
  });
  it('does nothing without what the first pass learned', () => {
    expect(proposeAlone(repeatedLine, fires[0]!, { markers: [], boilerplate: [] })).toEqual([]);
  });
  it('needs a meaningful share of a large site’s documents', () => {
    const docs = [...Array.from({ length: 97 }, (_, i) => filler(i)), ...fires.slice(0, 3)];
    // 3 of 100 documents: under 5%.
    expect(removed(fires[0]!, learned(docs))).toEqual([]);
  });
  it('takes a short sentence only when half of the site’s documents hold it', () => {
    const say = 'Our reporters answer your questions every Friday evening.';
    const docs = (k: number) => Array.from({ length: 10 }, (_, i) => `${filler(i)}${i < k ? `\n${say}` : ''}`);
    expect(removed(docs(4)[0]!, learned(docs(4)))).toEqual([]);
    expect(removed(docs(6)[0]!, learned(docs(6))).map(([t]) => t)).toEqual([say]);
  });
  it('takes a short sentence from a site of three documents, not from three versions of one story', () => {
    const say = 'Enjoy the latest local, national and international news.';
    const docs = Array.from({ length: 3 }, (_, i) => `${filler(i)}\n${filler(i + 20)}\n${say}`);
    expect(removed(docs[0]!, learned(docs)).map(([t]) => t)).toEqual([say]);
    // The same story three times, a sentence changed in each: most of its sentences repeat, and all stay.
    const story = ['The council met on Monday to discuss the budget.', 'Members argued about the cost of the new bridge.', 'A vote is expected next week, the mayor said.'];
    const versions = Array.from({ length: 3 }, (_, i) => [...story, filler(i)].join('\n'));
    expect(removed(versions[0]!, learned(versions))).toEqual([]);
  });
  it('does not empty a templated report whose every sentence differs only by its numbers', () => {
    const docs = Array.from({ length: 8 }, (_, i) => `Tide tables · Ferry times · Harbour cams\nThe council met on day ${i + 1} and agreed on ${i + 3} plans.`);
    expect(removed(docs[0]!, learned(docs)).map(([t]) => t)).toEqual(['Tide tables · Ferry times · Harbour cams']);
    // With a sentence of its own, the repeated one is the template again.
    const more = docs.map((d, i) => `${d}\n${filler(i)}`);
    expect(removed(more[0]!, learned(more)).map(([t]) => t)).toEqual(['Tide tables · Ferry times · Harbour cams', 'The council met on day 1 and agreed on 3 plans.']);
  });
  it('never takes a paragraph about the world, however many documents hold it, nor one over 80 words', () => {
    const wire = 'Negotiators from both countries met in Geneva on Monday and agreed to extend the talks by another month according to a statement released after the meeting';
    expect(lineKind(wire)).toBeUndefined();
    const docs = Array.from({ length: 6 }, (_, i) => `${filler(i)}\n${wire}`);
    expect(removed(docs[0]!, learned(docs))).toEqual([]);
    // Quoted, "we" is a speaker's, not the site's.
    const quoted = `${wire}, and “we will meet again in May,” the minister said.`;
    const withQuote = Array.from({ length: 6 }, (_, i) => `${filler(i)}\n${quoted}`);
    expect(removed(withQuote[0]!, learned(withQuote))).toEqual([]);
    expect(lineKind(Array.from({ length: 81 }, () => 'word').join(' '))).toBeUndefined();
  });
  it('takes a notice in the site’s voice above or below the document’s own prose, or one addressed to the reader among it; one or two of them', () => {
    const notice = 'Do you have an opinion on the issues raised in this article? If you would like to submit a letter of up to 250 words to be considered for publication, email it to us.';
    const policy = 'Comments must be in English and in complete sentences. Abusive or personal remarks will not be published. Please read our community guidelines before you post, and keep to the topic of the article.';
    expect([lineKind(notice), lineKind(policy)]).toEqual(['notice', 'notice']);
    const docs = Array.from({ length: 4 }, (_, i) => `${filler(i)}\n${filler(i + 20)}\n${notice}\n${policy}`);
    expect(removed(docs[0]!, learned(docs))).toEqual([
      [notice, 'in 4 of 4 documents of example.com'],
      [policy, 'in 4 of 4 documents of example.com'],
    ]);
    // Between two paragraphs of its own, a repeated paragraph is the story's, not the site's,
    // unless the site speaks in it to the reader, and reports no one.
    const third = 'We asked the council for the figures behind the plan, and it sent us a summary that leaves out the cost of the new bridge and the money set aside for repairs.';
    const told = 'We asked you, our readers, what the new bridge should be called, and the council said it would consider the three names you sent us most often this spring.';
    for (const paragraph of [third, told]) {
      const amid = Array.from({ length: 4 }, (_, i) => `${filler(i)}\n${paragraph}\n${filler(i + 20)}`);
      expect(removed(amid[0]!, learned(amid)), paragraph).toEqual([]);
    }
    const signUp = "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and third parties.";
    const amid = Array.from({ length: 4 }, (_, i) => `${filler(i)}\n${signUp}\n${filler(i + 20)}`);
    expect(removed(amid[0]!, learned(amid))).toEqual([[signUp, 'in 4 of 4 documents of example.com']]);
    // Among the prose, inside the site's newsletter box: between two of its short lines, not beside one.
    const privacy = 'Privacy note: newsletters may contain information about charities, online ads and content funded by outside parties. For more information see our privacy policy. We use a captcha to protect our website, and its own privacy policy and terms apply.';
    expect(lineKind(privacy)).toBe('notice');
    const boxed = Array.from({ length: 4 }, (_, i) => `${filler(i)}\nSign up to The Harbour Briefing\n${privacy}\nafter newsletter promotion\n${filler(i + 20)}`);
    expect(removed(boxed[0]!, learned(boxed)).map(([text]) => text)).toEqual(['Sign up to The Harbour Briefing', privacy, 'after newsletter promotion']);
    const beside = Array.from({ length: 4 }, (_, i) => `${filler(i)}\nSign up to The Harbour Briefing\n${privacy}\n${filler(i + 20)}`);
    expect(removed(beside[0]!, learned(beside)).map(([text]) => text)).toEqual(['Sign up to The Harbour Briefing']);
    // Three of them in one document: versions of one story share paragraphs.
    const many = Array.from({ length: 4 }, (_, i) => `${filler(i)}\n${filler(i + 20)}\n${filler(i + 40)}\n${filler(i + 60)}\n${notice}\n${policy}\n${third}`);
    expect(removed(many[0]!, learned(many))).toEqual([]);
  });
  it('takes a headline with the site\'s name after a bar or a dash, as a page\'s <title> gives it; not a list\'s lowercase ending', () => {
    const heads = ['Brücke an der Bahnhofstraße wird voll gesperrt', 'Förderverein rettet das Freibad Steinbergen', 'Scheune brennt nieder in Groß Berkel'];
    const docs = heads.map((h, i) => `${h} | Weserland Rundschau\n${filler(i)}\n${filler(i + 20)}`);
    expect(removed(docs[0]!, learned(docs))).toEqual([[`${heads[0]} | Weserland Rundschau`, 'ends like lines in 3 of 3 documents of example.com (“… | weserland rundschau”)']]);
    expect(templatesOf('1 Teelöffel Salz – nach Geschmack')).toEqual([]);
    expect(templatesOf('Harlow Town 3 - 1 Castleford')).toEqual([]);
  });
  it('folds case, numbers, punctuation and URLs', () => {
    expect(fingerprint('Updated 10:02 GMT, 3 May 2021')).toBe(fingerprint('updated 9:15 gmt 12 may 2022'));
    // A counter folds the same whatever it counts, its thousands separated or not.
    for (const n of ['3,876', '3.876', '1 874', '1\u202f874']) expect(fingerprint(`Post Views: ${n}`), n).toBe(fingerprint('Post Views: 877'));
    expect(fingerprint('Source: https://example.com/a/1')).toBe(fingerprint('SOURCE - http://example.org/b'));
    expect(templatesOf('Read more: Council approves the budget')).toEqual(['c:read more']);
    expect(templatesOf('This story originally appeared on Outlet at https://outlet.example/x')).toEqual(['u:this story originally appeared on outlet at']);
  });
  it('counts in bounded memory, keeping what recurs', () => {
    const counter = new RepetitionCounter(1000);
    for (let i = 0; i < 5000; i++) counter.add('big.example', [`Line ${names[i % 20]} ${names[Math.floor(i / 20) % 20]} ${names[Math.floor(i / 400) % 20]}`, 'Share this story'], `doc ${i}`);
    expect(counter.dropped).toBeGreaterThan(0);
    const site = counter.profile().sites['big.example']!;
    expect(site.documents).toBe(5000);
    expect(site.lines['l:share this story']).toBeGreaterThan(4000);
    expect(Object.keys(site.lines).length).toBeLessThan(10);
  });
});

describe('repeated-line: a short line said again and again between the paragraphs of one document', () => {
  const plain: CleanContext = { markers: [], boilerplate: [], plain: true };
  const inDoc = (doc: string) => cleanText(doc, plain, () => true).changes.filter((c) => c.rule === 'repeated-line').map((c) => [doc.slice(c.start, c.end), c.reason]);
  const paragraphs = [
    'The council approved the new budget on Tuesday after a long debate.',
    'Opposition members said the spending plan ignored the needs of rural towns.',
    'The mayor defended the plan and promised a review of road repairs next spring.',
    'A final vote on the tax rate is expected before the end of the month.',
  ];
  it('removes every occurrence of a widget label said between paragraphs, with its count as the reason', () => {
    const doc = paragraphs.join('\nArticle content\n');
    expect(inDoc(doc)).toEqual(Array(3).fill(['Article content', 'said 3 times in this document, 3 of them between two paragraphs']));
  });
  it('runs on the text the extractor takes from a page too: a label whose class name says nothing is said again all the same', () => {
    // Class names as CSS modules write them: no word the extractor's lists know.
    // A label no list knows (the lists know "Story continues below the video").
    const html = `<html><body><div class="x7f3a2c">${paragraphs.map((p) => `<p class="xa81c0d">${p}</p>`).join('<div class="x19be4e"><span>Story resumes after the clip</span></div>')}</div></body></html>`;
    const record = createProcessor(defaultSettings())({ path: 'page.html', data: html }) as UnscrapeRecord;
    expect(record.text).not.toContain('Story resumes');
    expect(record.text).toContain(paragraphs[3]);
    const said = record.removed.filter((r) => r.rule === 'repeated-line');
    expect(said.map((r) => r.text)).toEqual(Array(3).fill('Story resumes after the clip'));
    expect(new Set(said.map((r) => r.start)).size).toBe(3);
  });
  it('keeps a heading said before each section of a page or a Markdown document', () => {
    const process = createProcessor(defaultSettings());
    const html = `<html><body><article>${paragraphs.map((p) => `<h3>What we like</h3><p>${p}</p>`).join('')}</article></body></html>`;
    const page = process({ path: 'review.html', data: html }) as UnscrapeRecord;
    expect(page.removed.filter((r) => r.rule === 'repeated-line')).toEqual([]);
    expect(page.text.match(/What we like/gu)?.length).toBe(4);
    const md = paragraphs.map((p) => `### What we like\n\n${p}`).join('\n\n');
    const post = process({ path: 'review.md', data: md }) as UnscrapeRecord;
    expect(post.removed.filter((r) => r.rule === 'repeated-line')).toEqual([]);
    // The same line in a paragraph of its own, not a heading, is a label.
    const labelled = process({ path: 'page.html', data: html.replaceAll('<h3>What we like</h3>', '<p>What we like</p>') }) as UnscrapeRecord;
    expect(labelled.removed.filter((r) => r.rule === 'repeated-line').length).toBe(4);
  });
  it('keeps a speaker’s name above each answer, a label ending in a colon, a refrain, and a table’s cells', () => {
    expect(inDoc(paragraphs.join('\nJOHN SMITH\n'))).toEqual([]);
    expect(inDoc(paragraphs.join('\nMaria Lopez\n'))).toEqual([]);
    expect(inDoc(paragraphs.join('\nQuestion:\n'))).toEqual([]);
    expect(inDoc(paragraphs.join('\nWe shall overcome.\n'))).toEqual([]);
    const plan = ['Meal 1', 'Eat every 2–3 hours', 'Oatmeal with berries', 'Meal 2', 'Eat every 2–3 hours', 'Chicken salad', 'Meal 3', 'Eat every 2–3 hours', 'Salmon and rice'];
    expect(inDoc([paragraphs[0], ...plan, paragraphs[1]].join('\n'))).toEqual([]);
  });
  it('keeps a line said three times when only once between two paragraphs', () => {
    const doc = [paragraphs[0], 'See the full list', paragraphs[1], 'See the full list', 'Best hotels', 'See the full list', 'Best beaches'].join('\n');
    expect(inDoc(doc)).toEqual([]);
  });
});
