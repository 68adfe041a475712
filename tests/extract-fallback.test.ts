import { describe, expect, it } from 'vitest';
import { htmlParagraphs } from '../src/extract/html.js';
import { extractHtml } from '../src/extract/index.js';
import { chooseMain } from '../src/extract/score.js';
import { evidence, formatBlind, justextStyle, readabilityStyle, withFallback, type MainInfo } from '../src/extract/fallback.js';

const texts = (html: string, pick: (l: ReturnType<typeof htmlParagraphs>) => number[]) => {
  const l = htmlParagraphs(html);
  return pick(l).map((i) => l.blocks[i]!.text);
};

const prose = (n: number) =>
  `Paragraph ${n} of the article tells the reader something, with commas, clauses and a full stop at the end of it.`;

describe('fallback chain (trafilatura-style)', () => {
  it('keeps a main result that is long and outside furniture, whatever the alternatives say', () => {
    const html = `<body><div class="story">${[1, 2, 3, 4].map((n) => `<p>${prose(n)}</p>`).join('')}</div>` +
      `<div class="widget-area">${[5, 6, 7, 8, 9, 10].map((n) => `<p>${prose(n)}</p>`).join('')}</div></body>`;
    const l = htmlParagraphs(html);
    const info: MainInfo = { inFurniture: false };
    const main = chooseMain(l.blocks, l.elems, undefined, undefined, info);
    expect(withFallback(l.blocks, l.elems, main, info)).toBe(main);
  });

  it('replaces a short result with the format-blind search when that has 1.5 times the evidence', () => {
    const blurb = 'Another episode, about something else entirely, in a short blurb of a teaser.';
    const html = '<body><div class="podcast-episode"><h1>Episode 4</h1><div class="podcast-notes">' +
      `<p>${prose(1)}</p><p>${prose(2)}</p><p>${prose(3)}</p><p>${prose(4)}</p></div></div>` +
      `<div class="more"><p>${blurb}</p><p>${blurb} Again.</p></div></body>`;
    const l = htmlParagraphs(html);
    const info: MainInfo = { inFurniture: false };
    const main = chooseMain(l.blocks, l.elems, undefined, undefined, info);
    expect(main.map((i) => l.blocks[i]!.text)).toEqual([blurb, `${blurb} Again.`]);
    const alt = formatBlind(l.blocks, l.elems);
    expect(evidence(l.blocks, alt)).toBeGreaterThanOrEqual(1.5 * evidence(l.blocks, main));
    const out = withFallback(l.blocks, l.elems, main, info).map((i) => l.blocks[i]!.text);
    expect(out).toContain(prose(1));
    expect(out).not.toContain(blurb);
  });

  it('lifts format tokens only: a sidebar widget or related videos stay furniture', () => {
    const l = htmlParagraphs('<div class="sidebar-widget"><p>a</p></div><div class="related-video"><p>b</p></div>' +
      '<div class="elementor-widget-text-editor x"><p>c</p></div><div class="podcast-episode"><p>d</p></div>');
    const marks = l.elems.filter((e) => e.name === 'div').map((e) => [e.furniture, e.formatOnly ?? false]);
    expect(marks).toEqual([[true, false], [true, false], [true, true], [true, true]]);
  });

  it('evidence counts prose, takes off short lines, and ignores what assembly drops as furniture', () => {
    const l = htmlParagraphs(`<div><p>${prose(1)}</p><p>Short line</p><p>Advertisement</p><p><a href="/x">A link line that is a menu</a></p></div>`);
    expect(evidence(l.blocks, [0])).toBe(prose(1).length);
    expect(evidence(l.blocks, [0, 1, 2, 3])).toBe(prose(1).length - 'Short line'.length);
  });

  it('Readability-style: several near-best posts under one ancestor make that ancestor the result', () => {
    const post = (n: number) => `<div class="post"><div class="text"><p>${prose(n)}</p><p>${prose(n + 10)}</p></div></div>`;
    const out = texts(`<body><div class="thread">${post(1)}${post(2)}${post(3)}${post(4)}</div><div class="footer"><p>${prose(99)}</p></div></body>`,
      (l) => readabilityStyle(l.blocks, l.elems));
    expect(out).toEqual([1, 11, 2, 12, 3, 13, 4, 14].map(prose));
  });

  it('jusText-style: long prose is good, a short line between good paragraphs too, link lines are not', () => {
    const long = (n: number) => `${prose(n)} ${prose(n + 1)} It is the text the reader came for, and it goes on.`;
    const out = texts(`<body><p><a href="/">Home</a> <a href="/news">News</a></p><p>${long(1)}</p><p>A short line.</p><p>${long(3)}</p>` +
      '<p><a href="/a">Privacy</a> | <a href="/b">Terms</a></p></body>', (l) => justextStyle(l.blocks, l.elems));
    expect(out).toEqual([long(1), 'A short line.', long(3)]);
  });

  it('never throws on an empty page', () => {
    const l = htmlParagraphs('');
    expect(withFallback(l.blocks, l.elems, [], { inFurniture: false })).toEqual([]);
    expect(readabilityStyle(l.blocks, l.elems)).toEqual([]);
    expect(justextStyle(l.blocks, l.elems)).toEqual([]);
    expect(extractHtml('<html><body></body></html>').text).toBe('');
  });
});

describe('post furniture on forum and Q&A pages', () => {
  it('drops vote counts and user cards, keeps numbers in table rows and headings', () => {
    const r = extractHtml(`<body><div class="article-body"><p>${prose(1)}</p><p>${prose(2)}</p><p>${prose(3)}</p>` +
      '<div class="js-vote-count">47</div><p>18.3k</p><p>6236752 5928990</p><div class="user-details"><a href="/u/1">mara_k</a> 1,204</div>' +
      `<h2>42</h2><p>${prose(4)}</p>` +
      '<table><tr><td>2019</td><td>47</td></tr><tr><td>2002 Vladimír Špidla 30</td></tr></table></div></body>');
    expect(r.text).not.toMatch(/^47$|18\.3k|6236752|mara_k/m);
    expect(r.text.split('\n\n')).toContain('42'); // a heading: a number that titles a section
    expect(r.text).toContain('2019 47');
    expect(r.text).toContain('2002 Vladimír Špidla 30');
  });
});

describe('a site\'s rights notice is not prose', () => {
  const notices = [
    'Copyright © 2024 Example Media Group. All rights reserved. This material may not be published or redistributed.',
    '© 2024 Musterfirma GmbH. Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung der Redaktion.',
    '© 2025 Journal Exemple. Tous droits réservés. Reproduction interdite sans autorisation écrite.',
    'Todos los derechos reservados. Prohibida su reproducción total o parcial sin autorización.',
    'Все права защищены. Перепечатка материалов без согласия редакции запрещена.',
    '朝日新聞デジタルに掲載の記事・写真の無断転載を禁じます。すべての内容は日本の著作権法並びに国際条約により保護されています。',
  ];
  it.each(notices)('%s', (notice) => {
    const l = htmlParagraphs(`<div><p>${notice}</p></div>`);
    expect(evidence(l.blocks, [0])).toBeLessThan(0);
  });

  it('a sentence about rights is prose', () => {
    for (const s of ['The union said the rights reserved to workers under the old contract would stay in force.', 'Der Verlag behält sich alle Rechte an der Marke vor, sagte ein Sprecher am Montag.']) {
      const l = htmlParagraphs(`<div><p>${s}</p></div>`);
      expect(evidence(l.blocks, [0])).toBe(s.length);
    }
  });

  it('a footer\'s notice does not outweigh a story of short lines (no <footer> element around it)', () => {
    const story = '<div class="text">Bei bestem Wetter haben am Samstag 64 Mitglieder um die Titel gespielt.<br><br>Herren: Jonas Keller<br>Damen: Lea Brandt<br>Jugend: Finn Albers</div>';
    const footer = '<div class="unten"><div>© 2024 TSV Musterdorf e. V. Alle Rechte vorbehalten. Texte, Bilder und Grafiken dieser Website unterliegen dem Urheberrecht; jede Vervielfältigung ist ohne Zustimmung des Vereins untersagt.</div></div>';
    const out = texts(`<body><div id="wrap">${story}${footer}</div></body>`, (l) => chooseMain(l.blocks, l.elems));
    expect(out[0]).toMatch(/^Bei bestem Wetter/u);
    expect(out.join('\n')).not.toContain('Rechte vorbehalten');
  });
});
