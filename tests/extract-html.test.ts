import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { load } from 'cheerio/slim';
import { prepareHtml } from '../src/extract/depth.js';
import { htmlBodyText } from '../src/extract/html.js';
import { extractHtml, sniffHtmlCharset } from '../src/extract/index.js';
import type { Extracted } from '../src/types.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

interface Expect {
  keep: string[];
  drop: string[];
  title?: string;
  meta?: Record<string, unknown>;
  charset?: string;
  paragraphs?: number;
  paragraphsInclude?: string[];
  suppressions?: Array<{ text: string; rules: string[] }>;
  url?: string;
}

/** Bytes of a page decoded as the pipeline does: declared charset, else UTF-8. */
function decode(bytes: Buffer): { html: string; charset: string } {
  const charset = sniffHtmlCharset(bytes.subarray(0, 2048)) ?? 'utf-8';
  return { html: iconv.decode(bytes, charset), charset };
}

/** Invariants every extraction must satisfy. */
function checkShape(r: Pick<Extracted, 'text' | 'title'>): void {
  expect(r.text).toBe(r.text.trim());
  if (!r.text) return;
  for (const p of r.text.split('\n\n')) {
    expect(p.length).toBeGreaterThan(0);
    expect(p).not.toMatch(/\n/);
    expect(p).toBe(p.trim());
  }
  if (r.title && r.text) expect(r.text.split('\n\n')[0]).not.toBe(r.title);
}

function checkExpect(r: Extracted, exp: Expect): void {
  for (const s of exp.keep) expect(r.text, `keeps ${JSON.stringify(s)}`).toContain(s);
  for (const s of exp.drop) expect(r.text, `drops ${JSON.stringify(s)}`).not.toContain(s);
  if (exp.title !== undefined) expect(r.title).toBe(exp.title);
  if (exp.meta) expect(r.meta).toMatchObject(exp.meta);
  const paras = r.text.split('\n\n');
  if (exp.paragraphs !== undefined) expect(paras).toHaveLength(exp.paragraphs);
  for (const p of exp.paragraphsInclude ?? []) expect(paras).toContain(p);
  if (exp.suppressions) {
    expect((r.suppressions ?? []).map((s) => ({ text: r.text.slice(s.start, s.end), rules: s.rules }))).toEqual(exp.suppressions);
  }
}

describe('HTML fixtures', () => {
  const dir = join(FIXTURES, 'html');
  for (const name of readdirSync(dir).sort()) {
    it(name, () => {
      const exp = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as Expect;
      const { html, charset } = decode(readFileSync(join(dir, name, 'input.html')));
      if (exp.charset) expect(charset).toBe(exp.charset);
      const r = extractHtml(html);
      checkShape(r);
      checkExpect(r, exp);
    });
  }
});

describe('benchmark pages (regression)', () => {
  const dir = join(FIXTURES, 'html-bench');
  const squash = (s: string) => s.replace(/\s+/g, '');
  for (const name of readdirSync(dir).filter((n) => existsSync(join(dir, n, 'expected.json'))).sort()) {
    it(name, () => {
      const exp = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as Expect;
      const { html } = decode(gunzipSync(readFileSync(join(dir, name, 'input.html.gz'))));
      const r = extractHtml(html);
      checkShape(r);
      // the ground truth's spacing around inline tags differs from the page's; words must match
      for (const s of exp.keep) expect(squash(r.text), `keeps ${JSON.stringify(s)}`).toContain(squash(s));
      for (const s of exp.drop) expect(r.text.split('\n\n'), `drops ${JSON.stringify(s)}`).not.toContain(s);
    });
  }
});

describe('multilingual furniture lines (selectors.ts data)', () => {
  // one sample per language and kind: teaser heading, "read also", picture credit, comments,
  // newsletter, consent placeholder; each alone in a body of prose must be dropped
  const samples: Record<string, string[]> = {
    en: ['Read more', 'Related articles', 'More stories', "Editor's picks", 'Photo: Reuters', 'Source: News agencies', 'Protesters have worn masks (Image: GETTY)', 'By Adam Millington', 'Sign up for our newsletter', 'Published 7 hours ago', 'Written by Jane Doe, Riverside Gazette', 'Photograph: Getty Images', 'Photo by Jane Doe/Reuters', 'Have a question about this story? Write to us at letters@paper.example.', 'Add Global News as a Preferred Source on Google to see more of our stories in your search results.', "Choose Daily Star as a 'Preferred Source' on Google News for quick access to the news you value."],
    de: ['Lesen Sie auch', 'Am beliebtesten', 'Meist gelesen', 'Empfohlene Artikel', 'Das könnte Sie auch interessieren', 'Mehr Themen', 'Empfehlungen der Redaktion', 'Passend dazu', 'Das könnte dich auch interessieren:', 'Symbolbild: dpa', 'Grafik: Statista', 'Zur Bildergalerie', 'Haben Sie Fragen oder Anregungen? Schreiben Sie uns!', 'Kontakt zur Redaktion', 'Hier finden Sie einen externen Inhalt von YouTube.', 'An dieser Stelle finden Sie einen Inhalt von X (ehemals Twitter).', 'Kommentare anzeigen', 'Zur Startseite', 'Bild: Getty Images', 'Quelle: dpa', 'Der Kanzler in Berlin (Foto: dpa)', 'Von Thilo Schäfer, Madrid', 'Kommentare', 'Newsletter abonnieren', 'vor 3 Stunden', 'Externer Inhalt nicht verfügbar', 'Schlagwörter zu diesem Artikel', 'Schreiben Sie uns',
      'Ihre Meinung ist uns wichtig. Senden Sie uns Ihr Feedback zu diesem Artikel an: briefe@zeitung.example', 'Fügen Sie uns als bevorzugte Quelle bei Google hinzu'],
    fr: ['Lire aussi', 'Sur le même sujet', 'À lire également', 'Dans la même rubrique', 'Une info ? Écrivez-nous', 'Contactez la rédaction', 'Crédit photo : AFP', 'Source : AFP', 'Le président à Paris (Photo : AFP)', 'Par Jean Dupont', 'Commentaires', 'Abonnez-vous', 'Contenu externe', 'Une question ? Écrivez-nous à redaction@journal.example', 'Suivez-nous sur Google Actualités'],
    es: ['Lee también', 'Más leídas', 'Noticias relacionadas', 'Más noticias', 'Te recomendamos', 'Créditos: Getty Images', '¿Tienes una denuncia? Escríbenos', 'Foto: EFE', 'Fuente: EFE', 'El presidente en Madrid (Foto: EFE)', 'Por María García', 'Comentarios', 'Suscríbete', 'Escríbenos', '¿Tienes una historia? Escríbenos a redaccion@diario.example', 'Síguenos en Google Noticias'],
    it: ['Leggi anche', 'Più letti', 'Articoli correlati', 'Ti potrebbe interessare', 'Altre notizie', 'Foto: Ansa', 'Fonte: Ansa', 'Il premier a Roma (Foto: Ansa)', 'di Viviana Mazza', 'Commenti', 'Iscriviti alla newsletter'],
    pt: ['Leia também', 'Notícias relacionadas', 'Mais notícias', 'Você também pode gostar', 'Foto: Reuters', 'Fonte: Lusa', 'O presidente em Lisboa (Foto: Lusa)', 'Por João Silva', 'Comentários', 'Assine a newsletter'],
    pl: ['Czytaj też', 'Podobne artykuły', 'Zobacz również', 'Polecamy', 'Zdjęcie: PAP', 'Źródło: PAP', 'Premier w Warszawie (Zdjęcie: PAP)', 'Komentarze', 'Zapisz się do newslettera', 'Fot. PAP/Radek Pietruszka', 'Obserwuj nas w Wiadomościach Google.'],
    ru: ['Читайте также', 'Новости по теме', 'Другие новости', 'Ещё по теме', 'Фото: ТАСС', 'Источник: ТАСС', 'Президент в Москве (Фото: ТАСС)', 'Комментарии', 'Подписывайтесь'],
    uk: ['Читайте також', 'Найпопулярніше', 'Новини за темою', 'Інші новини', 'Ще за темою', 'Фото: Укрінформ', 'Джерело: Укрінформ', 'Президент у Києві (Фото: Укрінформ)', 'Коментарі', 'Підписуйтесь'],
  };
  const prose = 'This paragraph is the article itself and stays in the extracted text of the page.';
  for (const [lang, lines] of Object.entries(samples)) {
    it(lang, () => {
      for (const line of lines) {
        const r = htmlBodyText(`<div><p>${prose}</p><p>${line}</p><p>${prose} Again.</p></div>`);
        expect(r.text, line).toBe(`${prose}\n\n${prose} Again.`);
      }
    });
  }
  it('keeps sentences that merely start like furniture', () => {
    const line = 'Lesen Sie auch die Stellungnahme der Stadt, die am Montag veröffentlicht wurde und den Streit neu entfacht.';
    const r = htmlBodyText(`<div><p>${prose}</p><p>${line}</p></div>`);
    expect(r.text).toContain(line);
    // a teaser list's heading is a whole line: in a sentence its words stay
    for (const kept of ['Passend dazu hat der Stadtrat am Montag neue Regeln für Lastenräder beschlossen.', 'Top stories of the year were dominated by the floods.', 'Другие новости из региона пришли только вечером.',
      'Grafik und Karte zeigen, wie stark die Mieten seit 2015 gestiegen sind.', 'Hier finden Sie angesagte Denim-Bermudas zum Nachshoppen', 'An dieser Stelle finden Sie einen Beitrag über die Geschichte der Stadt.', 'Copyright law changed in 2019, and the court ruled that the site must pay.',
      'The company said it would add Reuters as a preferred source on Google searches by June.', 'Add the salt as a preferred source of flavour, then taste.']) {
      expect(htmlBodyText(`<div><p>${prose}</p><p>${kept}</p></div>`).text).toContain(kept);
    }
    // a source named in a sentence is no credit line
    const source = 'Quelle: Die Zahlen stammen aus einer Umfrage unter 2.000 Erwachsenen.';
    expect(htmlBodyText(`<div><p>${prose}</p><p>${source}</p></div>`).text).toContain(source);
    // readers writing in, told in the story, with no address to write to
    for (const kept of ['Readers wrote to us in their hundreds after the first report, most of them angry about the closures.',
      'Viele Leser schreiben uns seit Wochen, dass die Busse zu spät kommen.', 'Die Stadt bittet: „Schreiben Sie uns Ihre Vorschläge“, sagte der Bürgermeister.']) {
      expect(htmlBodyText(`<div><p>${prose}</p><p>${kept}</p></div>`).text).toContain(kept);
    }
    // a source in running text, and a picture credit that does not end the line, are no caption
    // nor are lines that start like a byline but go on in words ("Von Berlin nach Paris")
    for (const kept of ['The minister said the talks would go on next week (Source: Reuters)', 'The photo (Photo: AP) shows the square before the march began on Sunday.', 'Von Berlin nach Paris in sieben Stunden']) {
      expect(htmlBodyText(`<div><p>${prose}</p><p>${kept}</p></div>`).text).toContain(kept);
    }
  });
  it('drops a caption that ends in a picture agency\'s or a stock site\'s credit, a credit after a bar or under "Bildrechte:", or that places people with German marks', () => {
    for (const caption of ['Das Schiff wechselte mehrfach Namen und Flagge. (Quelle: IMAGO/U.S. European Command)', 'Knoblauch kann im Kampf gegen Erkältungen helfen.Pexels/AS Photography',
      'Viel Ruhe hilft, wieder zu Kräften zu kommen. Unsplash/Kelly Sikkema', 'Spontane Tanzeinlage des Publikums | Bild: Eva Kirchner-Rätsch/rbb',
      'The order sought to end birthright citizenship for the children of parents who are in the US illegally. AP Photo/Eric Gay, File',
      'Vargas Llosa (l.) auf Mallorca.', 'Starkes Trio seit 32 Jahren: Kerstin Wahala, Judy Lybke und Elke Hannemann (v.l.).', 'Christian Lindner (FDP, M), scheidender Bundesminister der Finanzen, äußert sich in der Parteizentrale.',
      'Viele Hände arbeiten in einer Schlachthalle daran, die Tiere direkt zu verarbeiten. Bildrechte: MDR/David Straub']) {
      expect(htmlBodyText(`<div><p>${prose}</p><p>${caption}</p></div>`).text, caption).toBe(prose);
    }
    // an agency named in a sentence, a wire agency as the text's source, a label without its bar
    for (const kept of ['Das Unternehmen verkauft seine Bilder an Getty Images und Shutterstock.', 'Die Angaben stammen von der Agentur. (Quelle: dpa)', 'Die Zahlen ergeben ein klares Bild: Die Wirtschaft wächst.', 'The agency was bought last year by Getty Images',
      'Sen. John Doe (R) said the bill would pass the chamber next week.', 'Die Jacke gibt es in drei Größen (S, M, L) und zwei Farben.', 'Die Tabelle (Spalte M) zeigt die Werte der Jahre 2020 bis 2023.',
      'Add 1 litre (l) of water and stir until the sugar has dissolved.', 'The correlation coefficient (r) was 0.85 across all groups.']) {
      expect(htmlBodyText(`<div><p>${prose}</p><p>${kept}</p></div>`).text).toContain(kept);
    }
  });
  it('skips a hover card inside a sentence, and keeps the sentence around it whole', () => {
    const card = '<span class="rollover-people"><a href="/p/roe">Jane Roe</a><span class="rollover-people-block"><a class="name" href="/p/roe">Jane Q. Roe</a><a href="/1">Roe signs the budget</a> <a href="/2">Roe vetoes a bill</a> <a href="/3">MORE</a></span></span>';
    const r = htmlBodyText(`<div><p>${prose}</p><p>Gov. ${card} (R) is defending the state’s new anti-drug campaign against its critics.</p><p>${prose} Again.</p></div>`);
    expect(r.text).toContain('Gov. Jane Roe (R) is defending the state’s new anti-drug campaign against its critics.');
    expect(r.text).not.toContain('vetoes');
  });
  it('keeps a sentence whose words are mostly one link\'s; drops a linked headline', () => {
    const linked = '<p>Bad things are afoot at the company, with a leaked memo from its chief <a href="/a">revealing that the board had been told to condemn the attempts to change the slogan on the walls</a>.</p>';
    expect(htmlBodyText(`<div><p>${prose}</p>${linked}<p>${prose} Again.</p></div>`).text).toContain('Bad things are afoot at the company');
    const teaser = '<p><a href="/b">City plans new cycle lanes after two years of delays and protests by residents</a> More.</p>';
    expect(htmlBodyText(`<div><p>${prose}</p>${teaser}<p>${prose} Again.</p></div>`).text).not.toContain('City plans');
  });
});

describe('extractHtml', () => {
  it('reads BEM class names (block__element, block--modifier) as their parts: "paywall__message", "author__name"', () => {
    const body = 'The council voted on Tuesday to close the old bridge to cars from next spring, after two years of debate.';
    for (const [cls, line] of [['paywall__message', 'Il vous reste 62 % de cet article à lire. La suite est réservée aux abonnés.'], ['author__name', 'Jane Example'],
      ['comments__section', 'Sign in to join the conversation on this story.'], ['social__buttons', 'Facebook Twitter Email'], ['user__card', 'joined 2019, 312 posts']]) {
      const r = extractHtml(`<html><body><article><h1>Bridge closes</h1><p>${body}</p><p>${body} Again.</p><div class="paywall"><p class="${cls}">${line}</p></div></article></body></html>`);
      expect(r.text, cls).toBe(`${body}\n\n${body} Again.`);
    }
  });

  it('drops author boxes after the body (author-name, author-description, authorprofile)', () => {
    const body = 'The council voted on Tuesday to close the old bridge to cars from next spring, after two years of debate.';
    for (const cls of ['author-description', 'authorprofile', 'author-name-wrapper']) {
      const r = extractHtml(`<html><body><article><h1>Bridge closes</h1><p>${body}</p><p>${body} Again.</p>` +
        `<div class="${cls}"><p>Jane Doe has covered city politics for the paper since 2019 and writes about transport and housing.</p></div></article></body></html>`);
      expect(r.text, cls).toBe(`${body}\n\n${body} Again.`);
    }
  });

  it('keeps block boundaries: two paragraphs are never glued', () => {
    const r = htmlBodyText('<div><p>alpha beta</p><p>gamma delta</p><div>epsilon</div>zeta<h2>eta</h2></div>');
    expect(r.text).toBe('alpha beta\n\ngamma delta\n\nepsilon\n\nzeta\n\neta');
  });

  it('decodes entities and collapses whitespace inside a block', () => {
    const r = htmlBodyText('<p>  Tom &amp; Jerry\n\n   &lt;3 &quot;caf&eacute;&quot; &#x2014; &#8217;  </p>');
    expect(r.text).toBe('Tom & Jerry <3 "café" — ’');
  });

  it('drops scripts, styles, forms, figures and captions', () => {
    const r = htmlBodyText('<body><script>var x = 1;</script><style>p{}</style><p>Kept paragraph of the article text here.</p>' +
      '<form><input value="q"><p>Search the site</p></form><figure><img alt="a"><figcaption>Photo: AP</figcaption></figure>' +
      '<p class="wp-caption-text">Caption text</p></body>');
    expect(r.text).toBe('Kept paragraph of the article text here.');
  });

  it('drops script and style content before parsing without changing what the page shows', () => {
    // Quotes in attributes hide a '>' or a '<script>' from the tag scan, as from the parser.
    const piece = fc.constantFrom('<script>', '</script>', '<style>', '</style>', '<SCRIPT src="a.js">', '<script type="application/ld+json">',
      '<a title="<script>">', '<a title=\'</p><script>\'>', "<p class=foo's>", '<div data-x=">">', '<!-- <script> -->', '<p>', '</p>',
      '<div>', '</div>', 'Word', ' ', '"', "'", '<', '>', '=', '<textarea>', '</textarea>', '<title>', '</title>');
    const shown = (html: string) => {
      const $ = load(html);
      $('script, style').empty();
      return $.root().text();
    };
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const html = parts.join('');
      expect(shown(prepareHtml(html))).toBe(shown(html));
    }), { numRuns: 2000, seed: 7 });
    const page = '<script>var a = "<p>not text</p>";</script><style>p{color:red}</style><script type="application/ld+json">{"headline":"H"}</script><p>Text</p>';
    expect(prepareHtml(page)).toBe('<script></script><style></style><script type="application/ld+json">{"headline":"H"}</script><p>Text</p>');
  });

  it('never throws on broken markup and returns a string', () => {
    for (const html of ['', '<', '<<<>>>', '<p', '</div></div><p>x', '<table><td>cell<tr><p>para', '\u0000\uFFFF<b>', '<!--', '<script>never closed']) {
      const r = extractHtml(html);
      expect(typeof r.text).toBe('string');
      checkShape(r);
    }
  });

  it('never throws and keeps the paragraph invariants on arbitrary tag soup', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<div class="share">', '<div>', '</div>', '<br>', '<a href="x">', '</a>',
      '<h1>', '</h1>', '<li>', '<table><tr><td>', '</td><td>', '<script>', '</script>', '<!-- unscrape-disable -->',
      '<!-- unscrape-enable -->', '<!-- unscrape-disable-next-line calque -->', '&amp;', '&nbsp;', '\n\n', ' ', '<', '>',
      'Word', 'A sentence that is long enough to count as prose in the scoring step.', '[ad_1]', 'Source');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), fc.boolean(), (parts, wholeBody) => {
      const r = wholeBody ? htmlBodyText(parts.join('')) : extractHtml(parts.join(''));
      checkShape(r);
      for (const s of r.suppressions ?? []) {
        expect(0 <= s.start && s.start < s.end && s.end <= r.text.length).toBe(true);
      }
    }), { numRuns: 300, seed: 42 });
  });

  it('handles long runs of punctuation, spaces and broken tags', () => {
    const pages = ['<p>' + '.'.repeat(200000) + 'a</p>', '<p>' + ' ,'.repeat(100000) + '</p>', '<title>' + ' '.repeat(100000) + 'x</title>',
      '<p>' + '<p'.repeat(100000) + '</p>', '<p>' + '»'.repeat(100000) + 'x</p>', '<p>' + '<a href="x">'.repeat(50000) + 'Source'];
    // no timing assertion (that belongs in the bench): quadratic behaviour here would take
    // minutes and trip the suite's timeout
    for (const html of pages) {
      checkShape(extractHtml(html));
      checkShape(htmlBodyText(html));
    }
  });

  it('survives 60,000 levels of nesting', () => {
    const html = '<html><body>' + '<div>'.repeat(60000) + '<p>Deep text survives.</p>' + '</div>'.repeat(60000) + '</body></html>';
    expect(extractHtml(html).text).toBe('Deep text survives.');
    const inline = '<p>' + '<span>'.repeat(20000) + 'Deep inline text.' + '</span>'.repeat(20000) + '</p>';
    expect(extractHtml(inline).text).toBe('Deep inline text.');
    // thousands of unclosed <p> and <li> are siblings, not nesting: every paragraph survives
    const unclosed = '<body><div>' + Array.from({ length: 5000 }, (_, i) => `<p>Paragraph number ${i} of the long page`).join('') + '</div></body>';
    expect(htmlBodyText(unclosed).text.split('\n\n')).toHaveLength(5000);
    // nested furniture and a headline at the bottom, just within the depth pages keep their tags to
    const furniture = '<body>' + '<div class="ad">'.repeat(1900) + '<p>Ad text.</p>' + '</div>'.repeat(1900) +
      '<div>'.repeat(1900) + '<h1>Headline</h1><p>' + 'The story goes on. '.repeat(20) + '</p>' + '</div>'.repeat(1900) + '</body>';
    const r = extractHtml(furniture);
    expect(r.title).toBe('Headline');
    expect(r.text).toBe('The story goes on. '.repeat(20).trim());
  });

  it('is deterministic', () => {
    const html = readFileSync(join(FIXTURES, 'html', 'news-furniture', 'input.html'), 'utf8');
    expect(JSON.stringify(extractHtml(html))).toBe(JSON.stringify(extractHtml(html)));
  });

  it('prefers og:title and strips the site name from <title>', () => {
    expect(extractHtml('<title>Headline here | Site</title><meta property="og:site_name" content="Site">').title).toBe('Headline here');
    expect(extractHtml('<title>Site - A longer headline here</title>').title).toBe('A longer headline here');
    expect(extractHtml('<meta property="og:title" content="OG title"><title>Other</title>').title).toBe('OG title');
  });

  it('takes the h1 whole as the title when a title holds it with less around it: its own dash is no site separator', () => {
    const page = (head: string, h1: string) => `<html><head>${head}</head><body><h1>${h1}</h1><p>${'The body of the page. '.repeat(12)}</p></body></html>`;
    expect(extractHtml(page('<title>Linen Apron – Natural | Hearth &amp; Loom</title>', 'Linen Apron – Natural')).title).toBe('Linen Apron – Natural');
    expect(extractHtml(page('<meta property="og:title" content="Hamburg Marathon 2024: Überlegener Sieger und - \'royaler Besuch\'">', 'Hamburg Marathon 2024: Überlegener Sieger und - \'royaler Besuch\'')).title)
      .toBe("Hamburg Marathon 2024: Überlegener Sieger und - 'royaler Besuch'");
    // what a title adds around the h1 goes: a date, a section, the site
    expect(extractHtml(page('<title>Russland-Wahl: Nadeschdin setzt auf ein Ende der Putin-Ära - 30.01.2024</title>', 'Russland-Wahl: Nadeschdin setzt auf ein Ende der Putin-Ära')).title)
      .toBe('Russland-Wahl: Nadeschdin setzt auf ein Ende der Putin-Ära');
    // a logo in the h1 has more around it in the title than itself
    expect(extractHtml(page('<title>A much longer headline of the story | Entermedia</title>', 'Entermedia')).title).toBe('A much longer headline of the story');
    // a page's own heading that is one whole part of the <title>, the site's name the longer part
    const brandl = '<title>Über uns – Schreinerei Brandl GmbH</title><link rel="canonical" href="https://www.schreinerei-brandl.de/ueber-uns/">';
    expect(extractHtml(page(brandl, 'Über uns')).title).toBe('Über uns');
    expect(extractHtml(page(brandl, '<a href="/">Über uns</a>')).title).toBe('Schreinerei Brandl GmbH');
    // no address to tell the site's part by: the h1 that is the title's first part is the headline,
    // as titles are written ("Headline | Site"); one that is a later part, the longest part
    expect(extractHtml(page('<title>Über uns – Schreinerei Brandl GmbH</title>', 'Über uns')).title).toBe('Über uns');
    expect(extractHtml(page('<title>Jazz im Park 2024 | Kulturamt Musterstadt</title>', 'Jazz im Park 2024')).title).toBe('Jazz im Park 2024');
    expect(extractHtml(page('<title>Schreinerei Brandl GmbH – Über uns</title>', 'Über uns')).title).toBe('Schreinerei Brandl GmbH');
    expect(extractHtml(page('<title>Jazz im Park 2024 | Kulturamt Musterstadt</title>', '<a href="/">Jazz im Park 2024</a>')).title).toBe('Kulturamt Musterstadt');
    const entermedia = '<title>A long headline about the news - Entermedia</title><link rel="canonical" href="https://entermedia.example/a-long-headline">';
    expect(extractHtml(page(entermedia, 'Entermedia')).title).toBe('A long headline about the news');
  });

  it('takes the h1 a title begins or extends, an og:title whole when its parts do not name the site, a <title> that goes on where og:title stops', () => {
    const page = (head: string, h1: string) => `<html><head>${head}</head><body><h1>${h1}</h1><p>${'The body of the page. '.repeat(12)}</p></body></html>`;
    // the title holds the h1, then only the site's name
    const venue = '<meta property="og:title" content="Jola Wendt – Nachtfalter Tour 2025 - Kulturzentrum Speicherhalle Oldenburg"><meta property="og:site_name" content="Kulturzentrum Speicherhalle">';
    expect(extractHtml(page(venue, 'Jola Wendt – Nachtfalter Tour 2025')).title).toBe('Jola Wendt – Nachtfalter Tour 2025');
    // the h1 goes on where og:title stops
    const test = '<meta property="og:title" content="Clyro S9 Max Omni im Test: Saugroboter mit Komfort-Station">';
    expect(extractHtml(page(test, 'Clyro S9 Max Omni im Test: Saugroboter mit Komfort-Station überzeugt fast auf ganzer Linie')).title)
      .toBe('Clyro S9 Max Omni im Test: Saugroboter mit Komfort-Station überzeugt fast auf ganzer Linie');
    // a logo in the h1 is no headline
    expect(extractHtml(page(test, '<a href="/"><img src="logo.png" alt="Testwerk"></a>')).title).toBe('Clyro S9 Max Omni im Test: Saugroboter mit Komfort-Station');
    // no part of the og:title names the site: its dash is the headline's own
    const forum = '<meta property="og:title" content="Simson S51 springt nicht an – kein Zündfunke nach Umbau auf Vape"><meta property="og:site_name" content="Mopedschrauber-Treff">';
    expect(extractHtml(page(forum, '<a href="/"><img src="logo.png" alt="Mopedschrauber-Treff"></a>')).title).toBe('Simson S51 springt nicht an – kein Zündfunke nach Umbau auf Vape');
    // an og:title cut short: the <title>'s headline goes on
    const cut = '<meta property="og:title" content="Wetterbach: Stadtrat stimmt für Sanierung des Freibads"><meta property="og:site_name" content="Wetterbacher Rundschau">' +
      '<title>Wetterbach: Stadtrat stimmt für Sanierung des Freibads Am Mühlenteich | Wetterbacher Rundschau</title>';
    expect(extractHtml(page(cut, '<span>Kommunalpolitik</span> <span>Stadtrat stimmt für Sanierung des Freibads Am Mühlenteich</span>')).title)
      .toBe('Wetterbach: Stadtrat stimmt für Sanierung des Freibads Am Mühlenteich');
    // the h1 goes on after the og:title's sentence, or within its last word; or it says the og:title's headline in other words
    const og = (t: string) => `<meta property="og:title" content="${t}"><meta property="og:site_name" content="tagesblick.de">`;
    expect(extractHtml(page(og('Susza w Małopolsce. Gminy zakazują podlewania ogródków'), 'Susza w Małopolsce. Gminy zakazują podlewania ogródków. „To dopiero początek”')).title)
      .toBe('Susza w Małopolsce. Gminy zakazują podlewania ogródków. „To dopiero początek”');
    expect(extractHtml(page(og('Alte Tonwarenfabrik wird Wohnquartier – Anwohner fürchten Verkehr'), 'Alte Tonwarenfabrik wird Wohnquartier – Anwohner fürchten Verkehrschaos')).title)
      .toBe('Alte Tonwarenfabrik wird Wohnquartier – Anwohner fürchten Verkehrschaos');
    expect(extractHtml(page(og('Sturmtief „Quirin“: Orkanböen an der Küste – Fähren fallen aus'), 'Sturmtief „Quirin“ bringt Orkanböen – Fähren und Züge fallen aus')).title)
      .toBe('Sturmtief „Quirin“ bringt Orkanböen – Fähren und Züge fallen aus');
    // not a headline that begins otherwise (an abbreviation, a kicker), nor one with few words in common
    expect(extractHtml(page(og('High School Roundup: Viera defeats Rockledge'), 'HS Roundup: Viera defeats Rockledge')).title).toBe('High School Roundup: Viera defeats Rockledge');
    expect(extractHtml(page(og('Sturmtief „Quirin“: Orkanböen an der Küste – Fähren fallen aus'), 'Sturmtief trifft die Nordsee mit voller Wucht')).title)
      .toBe('Sturmtief „Quirin“: Orkanböen an der Küste – Fähren fallen aus');
    // a title that is a menu label the h1 says within its headline; not a label the h1 does not say as a word, nor an h1 hardly longer
    const label = '<meta property="og:title" content="Leistungen – Kanzlei Brandl"><meta property="og:site_name" content="Kanzlei Brandl">';
    expect(extractHtml(page(label, 'Unsere Leistungen: Steuerberatung für Privatpersonen und Unternehmen')).title).toBe('Unsere Leistungen: Steuerberatung für Privatpersonen und Unternehmen');
    expect(extractHtml(page(label, 'Steuerberatungsleistungen für Privatpersonen und Unternehmen')).title).toBe('Leistungen');
    expect(extractHtml(page(label, 'Unsere Leistungen')).title).toBe('Leistungen');
  });

  it('puts a heading first as the lede only when its class names one: else it is a kicker or the body\'s subheading', () => {
    const html = readFileSync(join(FIXTURES, 'html', 'lede-heading-es', 'input.html'), 'utf8').replace('<h2 class="subtitle">', '<h2>');
    expect(extractHtml(html).text.startsWith('El Consejo de Ministros')).toBe(true);
  });

  it('takes an absolute canonical link as the url; a relative one has no page address to resolve against', () => {
    expect(extractHtml('<link rel="canonical" href="https://a.example/story/1">').meta.url).toBe('https://a.example/story/1');
    expect(extractHtml('<link rel="canonical" href="/story/1">').meta.url).toBeUndefined();
  });

  it('normalizes dates to ISO 8601', () => {
    expect(extractHtml('<meta property="article:published_time" content="2019-11-19T06:56:43-0500">').meta.date).toBe('2019-11-19T06:56:43-05:00');
    expect(extractHtml('<meta name="date" content="2019-11-19">').meta.date).toBe('2019-11-19');
    expect(extractHtml('<meta name="date" content="Tue, 19 Nov 2019 11:56:43 GMT">').meta.date).toBe('2019-11-19T11:56:43Z');
  });

  it('drops date-only lines and a leading heading that restates the title', () => {
    const html = '<html><head><meta property="og:title" content="High School Roundup: Viera defeats Rockledge"></head><body>' +
      '<article><h1>HS Roundup: Viera defeats Rockledge</h1><p>November 15, 2019</p><p>20 Nov, 2019 05:47</p>' +
      '<p>Viera stayed undefeated on Friday night with a 35-14 win over Rockledge in front of a home crowd.</p>' +
      '<p>The 2019 season ends next week, when the team travels north for its final game.</p></article></body></html>';
    const r = extractHtml(html);
    expect(r.title).toBe('High School Roundup: Viera defeats Rockledge');
    expect(r.text).toBe('Viera stayed undefeated on Friday night with a 35-14 win over Rockledge in front of a home crowd.\n\n' +
      'The 2019 season ends next week, when the team travels north for its final game.');
  });

  it('drops a heading with nothing after it (the label of a dropped teaser list)', () => {
    const prose = 'This paragraph is the article itself and stays in the extracted text of the page.';
    const body = `<h2>First part</h2><p>${prose}</p><p>${prose} Again.</p><h3>More about</h3><ul><li><a href="/a">Another story</a></li></ul>`;
    expect(extractHtml(`<html><body><article>${body}</article></body></html>`).text).toBe(`First part\n\n${prose}\n\n${prose} Again.`);
    // a body that is all article (a WordPress post) keeps its last heading
    expect(htmlBodyText(`<div>${body}</div>`).text).toBe(`First part\n\n${prose}\n\n${prose} Again.\n\nMore about`);
  });

  it('drops datelines with their updates and reading times, keeps sentences that name a date and a time', () => {
    const prose = 'This paragraph is the article itself and stays in the extracted text of the page.';
    for (const line of ['Publié le 18 juil. 2024 à 08:01 Mis à jour le 18 juil. 2024 à 09:06', 'Giriş: 03.07.2024 - 18:24 Güncelleme: 03.07.2024 - 18:57',
      '06. 01. 2026, 14:59 Uhr Lesedauer: 4 Minuten', '13/01/2025 10:22 Actualizado a 13/01/2025 15:43', '3 Min Lesezeit', '2min', '4 min read', 'Lesezeit: 3 Min.']) {
      expect(htmlBodyText(`<div><p>${prose}</p><p>${line}</p><p>${prose} Again.</p></div>`).text, line).toBe(`${prose}\n\n${prose} Again.`);
    }
    const kept = 'Der Zug fährt am 12.05.2024 um 14:30 Uhr in Berlin ab.';
    expect(htmlBodyText(`<div><p>${prose}</p><p>${kept}</p></div>`).text).toContain(kept);
    // A time first and words after it that do not go with a time: a schedule's or a chapter's entry; "14:30 Uhr" and "8:31 PM" stay datelines.
    for (const line of ['03:12 Warum Kiefern brennen', '19:30 Führung durch die Werkstatt']) expect(htmlBodyText(`<div><p>${prose}</p><p>${line}</p><p>${prose} Again.</p></div>`).text, line).toContain(line);
    for (const line of ['14:30 Uhr', '8:31 PM ET', '10:22 Actualizado a 13/01/2025']) expect(htmlBodyText(`<div><p>${prose}</p><p>${line}</p><p>${prose} Again.</p></div>`).text, line).toBe(`${prose}\n\n${prose} Again.`);
    // From one time to another: when an event happens, not when the text was published.
    for (const line of ['Samstag, 6. Juli 2024 18:00 – 23:00 Uhr Stadtpark, Musikpavillon', 'Friday, 12 July 2024, 19:30 to 22:00, Town Hall']) {
      expect(htmlBodyText(`<div><p>${prose}</p><p>${line}</p><p>${prose} Again.</p></div>`).text, line).toContain(line);
    }
  });

  it('keeps an embedded tweet inside a furniture-looking wrapper, drops the wrapper otherwise', () => {
    const para = '<p>The club announced the change on Tuesday evening, ending weeks of speculation about the future of the team.</p>';
    const html = '<article>' + para.repeat(3) +
      '<div class="video-container"><span>Watch the video</span><blockquote class="twitter-tweet"><p>Club statement on the new manager</p>' +
      '— Club (@club) November 20, 2019</blockquote></div><p>The new manager signed a contract until the end of the 2023 season.</p></article>';
    const r = extractHtml(html);
    expect(r.text).toContain('Club statement on the new manager');
    expect(r.text).not.toContain('Watch the video');
  });

  it('does not take a logo h1 for the headline', () => {
    expect(extractHtml('<title>A long headline about the news - Entermedia</title><h1>Entermedia</h1>').title).toBe('A long headline about the news');
  });

  it('drops the auto-blog "Source" trailer in a whole body', () => {
    const r = htmlBodyText('[ad_1]<br><p>The story itself, long enough to count as article text.</p><br>[ad_2]<br><a href="http://x">Source link </a>');
    expect(r.text).toBe('[ad_1]\n\nThe story itself, long enough to count as article text.\n\n[ad_2]');
  });
});

describe('sniffHtmlCharset', () => {
  it('reads <meta charset> and http-equiv', () => {
    expect(sniffHtmlCharset(Buffer.from('<html><head><meta charset="windows-1251">'))).toBe('windows-1251');
    expect(sniffHtmlCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">'))).toBe('koi8-r');
    expect(sniffHtmlCharset(Buffer.from("<meta charset='utf-8'>"))).toBe('utf-8');
  });

  it('reads a byte-order mark first', () => {
    expect(sniffHtmlCharset(Buffer.from([0xef, 0xbb, 0xbf, 0x3c]))).toBe('utf-8');
    expect(sniffHtmlCharset(Buffer.from([0xff, 0xfe, 0x3c, 0x00]))).toBe('utf-16le');
  });

  it('maps aliases the way browsers do and rejects unknown labels', () => {
    expect(sniffHtmlCharset(Buffer.from('<meta charset="cp1251">'))).toBe('windows-1251');
    expect(sniffHtmlCharset(Buffer.from('<meta charset="iso-8859-1">'))).toBe('windows-1252');
    expect(sniffHtmlCharset(Buffer.from('<meta charset="no-such-charset">'))).toBeUndefined();
    expect(sniffHtmlCharset(Buffer.from('<p>no declaration</p>'))).toBeUndefined();
  });

  it('looks only at the first 2 KB', () => {
    expect(sniffHtmlCharset(Buffer.from(' '.repeat(3000) + '<meta charset="windows-1251">'))).toBeUndefined();
  });
});

describe('extractHtml: an event\'s page', () => {
  const body = '<main><h1>Lesung im Lesesaal</h1><div class="facts"><div>Datum Freitag, 14. November 2025</div></div>' +
    '<div class="text"><p>Die Autorin liest aus ihrem neuen Roman über drei Generationen einer Fischerfamilie auf Föhr und erzählt von ihrer Recherche.</p>' +
    '<p>Im Anschluss signiert sie Bücher; die Buchhandlung am Marktplatz ist mit einem Büchertisch vor Ort, Karten gibt es an der Theke.</p></div></main>';
  const page = (ld: string) => `<html><head><script type="application/ld+json">${ld}</script></head><body>${body}</body></html>`;
  it('keeps a date alone on its line when the page types itself as an event, not when it is also an article', () => {
    expect(extractHtml(page('{"@type":"LiteraryEvent","name":"Lesung"}')).text).toContain('Datum Freitag, 14. November 2025');
    expect(extractHtml(page('{"@type":"Event","name":"Lesung"}')).text).toContain('Datum Freitag, 14. November 2025');
    expect(extractHtml(page('[{"@type":"NewsArticle","headline":"Lesung"},{"@type":"Event","name":"Lesung"}]')).text).not.toContain('14. November 2025');
    expect(extractHtml(page('{"@type":"WebPage","name":"Lesung"}')).text).not.toContain('14. November 2025');
  });
});
