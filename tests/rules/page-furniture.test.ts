import { describe, expect, it } from 'vitest';
import { fixtureSuite, linearTimeSuite, plainContext, removedBy } from './_fixtures.js';
import { cleanText } from '../../src/clean/index.js';
import { endsInPictureCredit, listedFurniture } from '../../src/shared/furniture.js';
import { createProcessor } from '../../src/pipeline/index.js';
import { defaultSettings } from '../../src/settings.js';
import type { UnscrapeRecord } from '../../src/types.js';

fixtureSuite('page-furniture', plainContext);
linearTimeSuite('page-furniture', [
  'Foto: '.repeat(40_000), 'Schreiben Sie uns '.repeat(20_000) + 'a@b.example', 'a © '.repeat(30_000), ('x © ' + 'y'.repeat(60) + '\n').repeat(2_000),
  // Lines that each start a per-line pattern: polls, share runs, labels, captions, disclosures, bars.
  'Share your opinion\n'.repeat(50_000), 'Would you?\nyes\n'.repeat(30_000), 'Would you?\nyes\nVote now\n'.repeat(20_000), 'facebook\n'.repeat(50_000), 'Related Story Abc\n'.repeat(20_000),
  ('(pictured) ' + 'a'.repeat(150) + '\n').repeat(5_000), ('links ' + 'we may receive a commission '.repeat(6) + '\n').repeat(3_000),
  ('a | '.repeat(30) + '\n').repeat(5_000), ('[' + 'A'.repeat(199) + '\n').repeat(3_000), 'x-y-z\n'.repeat(50_000),
  // Credits, contacts and sign-offs: long lines of their parts, with and without their end.
  ('3 thoughts on “' + 'x“ '.repeat(80) + '\n').repeat(5_000), ('Maria says:' + ' says'.repeat(40) + '\n').repeat(5_000),
  ('Ann Lee, ' + 'Bo Li contributed '.repeat(30) + '\n').repeat(3_000), ('Write to Ann Lee at ' + 'a@b.c at '.repeat(40) + '\n').repeat(3_000), '(ab/'.repeat(50_000),
  // Byline blocks, tags one a line, role-first bios and slash credits, among prose and alone.
  'Anna Berg\nMarch 3, 2024\n'.repeat(30_000), ('The council met on Tuesday and voted to close the old bridge to cars next spring.\nAnna Berg\n').repeat(20_000),
  'Sequía\n'.repeat(60_000), ('Redakteur in der Wirtschaft. '.repeat(12) + '\n').repeat(3_000), ('a. / Ana Ruiz '.repeat(40) + '\n').repeat(3_000), 'Credit...'.repeat(40_000),
]);

describe('page-furniture', () => {
  const prose = 'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke ab dem nächsten Frühjahr für Autos zu sperren.';
  const more = 'Ingenieure hatten im vergangenen Jahr Risse an zwei Pfeilern gefunden, und die Stadt hat mehr als eine Million Euro ausgegeben.';

  it('removes the extractor\'s furniture lines of a plain text, whole, with a reason', () => {
    const text = `${prose}\nLesen Sie auch: Neue Radwege in der Innenstadt beschlossen\n${more}\nArtikel teilen\n`;
    expect(removedBy('page-furniture', text)).toEqual(['Lesen Sie auch: Neue Radwege in der Innenstadt beschlossen', 'Artikel teilen']);
    const changes = cleanText(text, plainContext, () => true).changes.filter((c) => c.rule === 'page-furniture');
    expect(changes.every((c) => typeof c.reason === 'string' && c.reason !== '')).toBe(true);
  });

  it('takes a breadcrumb trail by its shape, in any language, not prose with a slash or an arrow', () => {
    for (const line of ['Home » Society » Cyber police of Lviv region warned about a new scheme', 'Startseite › Lokales › Wernsdorf', 'Головна » Новини громади', 'Inicio / España / Valencia plantará 2.000 árboles', 'Sie sind hier: Startseite > Service > Parken']) {
      expect(removedBy('page-furniture', `${line}\n${prose}\n${more}\n`), line).toEqual([line]);
    }
    for (const line of ['Home / Away kits go on sale on Friday, the club said.', 'Input > Output > Feedback is how the engineers describe the loop.', 'Berlin » Hamburg']) {
      expect(removedBy('page-furniture', `${prose}\n${line}\n${more}\n`), line).toEqual([]);
    }
  });

  it('takes a teaser list\'s heading alone on its line, not a sentence that opens with its words', () => {
    const text = `${prose}\nPassend dazu\n${more}\nEmpfehlungen der Redaktion\nPassend dazu hat die Stadt neue Regeln für Lastenräder beschlossen.\n`;
    expect(removedBy('page-furniture', text)).toEqual(['Passend dazu', 'Empfehlungen der Redaktion']);
  });

  it('takes a byline with its date, not a sentence that starts with "By" and a month', () => {
    for (const line of ['By Rebecca Astill 30 Aug 2023, 12:54pm', 'di Teresa Fallavollita 20 Novembre 2024', 'By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.']) {
      expect(removedBy('page-furniture', `${line}\n${prose}\n${more}\n`), line).toEqual([line]);
    }
    expect(removedBy('page-furniture', `By March 2024 the plan was dead.\n${prose}\n${more}\n`)).toEqual([]);
    // after its genre, and with an outlet in capitals and hyphens
    for (const line of ['Ein Kommentar von Corinna Budras', 'von Engin Haupt, MDR SACHSEN-ANHALT']) {
      expect(removedBy('page-furniture', `${line}\n${prose}\n${more}\n`), line).toEqual([line]);
    }
    expect(removedBy('page-furniture', `Kommentar von Anwohnern sind willkommen\n${prose}\n${more}\n`)).toEqual([]);
  });

  it('takes a byline only above the first sentence of prose or below the last', () => {
    expect(removedBy('page-furniture', `Von Sabine Lorenz\n${prose}\n${more}\n`)).toEqual(['Von Sabine Lorenz']);
    expect(removedBy('page-furniture', `${prose}\n${more}\nVon Sabine Lorenz\n`)).toEqual(['Von Sabine Lorenz']);
    expect(removedBy('page-furniture', `${prose}\nVon Sabine Lorenz\n${more}\n`)).toEqual([]);
  });

  it('takes an author\'s bio below the article\'s last sentence, not a sentence about a reporter inside it or a lede about one', () => {
    const bio = 'Jane Doe is a freelance writer based in Hamburg. Her work has appeared in several newspapers.';
    expect(removedBy('page-furniture', `${prose}\n${more}\n${bio}\n`)).toEqual([bio]);
    expect(removedBy('page-furniture', `${bio}\n${prose}\n${more}\n`)).toEqual([]);
    expect(removedBy('page-furniture', `${prose}\n${bio}\n${more}\n`)).toEqual([]);
    expect(removedBy('page-furniture', `${prose}\n${more}\nthe company is a producer of steel and aluminium parts.\n`)).toEqual([]);
  });

  it('takes a bio that names the role after an outlet\'s possessive, not a sentence about someone\'s relative', () => {
    for (const bio of ["Mark Allen is the Herald's energy correspondent and has covered the region for ten years.", 'Jane Doe is CNN’s senior political reporter.', "Ana Ruiz is Reuters' chief economics correspondent in Madrid."]) {
      expect(removedBy('page-furniture', `${prose}\n${more}\n${bio}\n`), bio).toEqual([bio]);
      expect(removedBy('page-furniture', `${prose}\n${bio}\n${more}\n`), bio).toEqual([]);
    }
    for (const line of ["Mark Allen is the Herald's oldest reader and still buys it every day.", "Jane Doe is Tom's sister and lives in Leeds."]) expect(removedBy('page-furniture', `${prose}\n${more}\n${line}\n`), line).toEqual([]);
  });

  it('takes a count, a page number or a player\'s time alone on its line, not a year or an enumerator', () => {
    for (const line of ['3', '1,204', '18.3k', '00:00', '0:00 / 48:12']) expect(removedBy('page-furniture', `${prose}\n${line}\n${more}\n`), line).toEqual([line]);
    for (const line of ['2019', '1.', '3 Tage', 'Nr. 5']) expect(removedBy('page-furniture', `${prose}\n${line}\n${more}\n`), line).toEqual([]);
    // In Markdown a number alone may be a heading (a listicle's item): the extractor keeps it, and so does the rule.
    const record = createProcessor(defaultSettings())({ path: 'a.md', data: `${prose}\n\n#### 02\n\n${more}\n\n3\n` }) as UnscrapeRecord;
    expect(record.removed.filter((x) => x.rule === 'page-furniture')).toEqual([]);
    expect(record.text).toContain('02');
  });

  it('takes a reporter\'s name and role with the address below the prose, not a sentence that gives an address', () => {
    for (const line of ['Kim Seo-yeon reporter (ksy@example.co.kr)', 'Reporterin Lena Vogt, lena.vogt@example.de', 'Tom Hale, Staff Writer <tom.hale@example.com>']) {
      expect(removedBy('page-furniture', `${prose}\n${more}\n${line}\n`), line).toEqual([line]);
    }
    for (const line of ['Have a news tip? Email newsdesk@example.com or call 417-555-0188.', 'Email newsroom@example.ca']) {
      expect(removedBy('page-furniture', `${prose}\n${more}\n${line}\n`), line).toEqual([line]);
    }
    for (const line of ['The reporter Kim Seo-yeon wrote to ksy@example.co.kr for comment.', 'Send your questions to questions@example.com and our reporter will answer them.']) {
      expect(removedBy('page-furniture', `${prose}\n${more}\n${line}\n`), line).toEqual([]);
    }
  });

  it('takes a line of tags below the article\'s last sentence, not one inside it nor a list of names or a sentence', () => {
    for (const tags of ['Politics, Europe, Elections', 'Politik | Wirtschaft | Verkehr', 'Climate Change · Energy · EU · #COP28', 'Housing · Local elections · Public transport', 'Fintech · Buy now, pay later · Start-ups']) {
      expect(removedBy('page-furniture', `${prose}\n${more}\n${tags}\n`), tags).toEqual([tags]);
      expect(removedBy('page-furniture', `${prose}\n${tags}\n${more}\n`), tags).toEqual([]);
    }
    for (const line of ['Jane Doe, John Roe, Ann Poe', 'Politics, Europe, Elections.', 'Apples, pears and plums', 'Paris, London, Berlin and Rome are next']) expect(removedBy('page-furniture', `${prose}\n${more}\n${line}\n`), line).toEqual([]);
  });

  it('takes an author\'s bio in the lists\' other languages too, not a sentence about someone named by an article', () => {
    for (const bio of ['Max Muster ist Redakteur im Ressort Politik.', 'Anna Roth ist freie Journalistin in Köln', 'Marie Dupont est journaliste au service Politique.', 'Иван Петров — журналист издания.', 'Jan Kowalski jest dziennikarzem Gazety.', 'Anna Nowak jest dziennikarką Gazety.']) {
      expect(removedBy('page-furniture', `${prose}\n${more}\n${bio}\n`), bio).toEqual([bio]);
    }
    for (const line of ['Der Mann ist Reporter einer Lokalzeitung.', 'Anna Roth ist eine gute Freundin der Familie.']) expect(removedBy('page-furniture', `${prose}\n${more}\n${line}\n`), line).toEqual([]);
  });

  it('takes a wire story\'s credits below its last sentence, not a sentence that starts like them', () => {
    const credits = '(Reporting by Ana Ruiz; additional reporting by Li Wei; Editing by Tom Brown)';
    expect(removedBy('page-furniture', `${prose}\n${more}\n${credits}\n`)).toEqual([credits]);
    expect(removedBy('page-furniture', `${prose}\n${credits}\n${more}\n`)).toEqual([]);
    const sentence = 'Reporting by the newspaper in 2019 showed that the council knew. It did nothing.';
    expect(removedBy('page-furniture', `${prose}\n${more}\n${sentence}\n`)).toEqual([]);
  });

  it('takes the headlines under a teaser heading, not the last one above a sentence nor a long line', () => {
    const heading = 'You might also like';
    const a = 'Neue Radwege in der Innenstadt beschlossen';
    const b = 'Wohin fahren die Busse?';
    expect(removedBy('page-furniture', `${prose}\n${heading}\n${a}\n${b}\n`)).toEqual([a, b]);
    // Mid-text: the last line above the sentence may be the article's subheading after the box.
    expect(removedBy('page-furniture', `${prose}\nMore from the Gazette:\n${a}\n${b}\n${more}\n`)).toEqual(['More from the Gazette:', a]);
    // A sentence ends the list; "Read more" is an expander's label, not a teaser heading.
    expect(removedBy('page-furniture', `${prose}\n${heading}\n${more}\n${a}\n`)).toEqual([]);
    expect(removedBy('page-furniture', `${prose}\nRead more\n${a}\n${b}\n`)).toEqual([]);
    // A lead-in ending with a colon is the article's, above its own list: it ends the box, and the
    // subheading above it stays with it.
    const leadIn = 'Laut dem Hersteller betrifft die Lücke unter anderem folgende Geräte:';
    expect(removedBy('page-furniture', `${prose}\nLesen Sie auch\n${a}\nDiese Modelle sind betroffen\n${leadIn}\nHomeLink 7590 (Firmware bis 8.02)\nHomeLink 6690 Cable\n`)).toEqual(['Lesen Sie auch', a]);
    // A Q&A page's similar questions and a blog's recent posts, in the lists' languages.
    for (const label of ['Ähnliche Fragen', 'Similar questions', 'Neueste Beiträge', 'Recent Posts']) expect(removedBy('page-furniture', `${prose}\n${label}\n${a}\n${b}\n`), label).toEqual([label, a, b]);
    // A section's teaser heading; not a name that looks like one.
    expect(removedBy('page-furniture', `${prose}\nMost Read in Ireland\n${a}\n${b}\n`)).toEqual(['Most Read in Ireland', a, b]);
    expect(removedBy('page-furniture', `${prose}\nMore in Common\n${a}\n${b}\n`)).toEqual([]);
    // Every teaser heading the extractor's lists hold (\`teaserHeadings\`), in their languages.
    for (const label of ['Empfehlungen der Redaktion', 'Les plus lus', 'Lo más visto', 'Другие новости']) expect(removedBy('page-furniture', `${prose}\n${label}\n${a}\n${b}\n`), label).toEqual([label, a, b]);
    // With a typographic apostrophe, as sites print the lists' "Editor's picks".
    expect(removedBy('page-furniture', `${prose}\nEditor’s picks\n${a}\n${b}\n`)).toEqual(['Editor’s picks', a, b]);
    // Every line is tested, and each removal names the heading.
    const changes = cleanText(`${prose}\n${heading}\n${a}\n${b}\n`, plainContext, () => true).changes.filter((c) => c.rule === 'page-furniture');
    expect(changes.map((c) => c.reason)).toEqual([`a headline under a teaser heading (“${heading}”)`, `a headline under a teaser heading (“${heading}”)`]);
  });

  it('reads a line\'s closing punctuation as stray-punctuation leaves it: one cleaning removes what two would', () => {
    for (const line of ['by Minsk. .', 'Published 7 hours ago .', 'Von Sabine Lorenz ..']) {
      const once = cleanText(`${line}\n${prose}\n`, plainContext, () => true).text;
      expect(once, line).toBe(prose);
      expect(cleanText(once, plainContext, () => true).text).toBe(once);
    }
  });

  it('finds the prose on the text that comes out: a sentence the lists remove does not hold a byline inside', () => {
    const footer = 'Subscribe to our Telegram channel to be the first to know the most important news of the day.';
    const text = `${prose}\n${more}\nVon Sabine Lorenz\n${footer}\n`;
    const once = cleanText(text, plainContext, () => true).text;
    expect(once).toBe(`${prose}\n${more}`);
    expect(cleanText(once, plainContext, () => true).text).toBe(once);
  });

  it('reads a Markdown document\'s paragraphs too (its extractor keeps them all), at their place in the source', () => {
    const processor = createProcessor(defaultSettings());
    const credit = '(Reporting by Ana Ruiz; Editing by Tom Brown)';
    const data = `---\ntitle: Bridge to close\n---\n${prose}\n\n${more}\n\n${credit}\n`;
    const record = processor({ path: 'a.md', data }) as UnscrapeRecord;
    const removed = record.removed.filter((x) => x.rule === 'page-furniture');
    expect(removed.map((x) => x.text)).toEqual([credit]);
    expect(data.slice(removed[0]!.start, removed[0]!.end)).toBe(credit);
    expect(record.text).not.toContain('Reporting by');
  });

  it('takes a republication notice of any length up to 400 characters, long lines too', () => {
    // Below the lists' 200 characters, between them and the rule's 240, and longer.
    for (const size of [150, 220, 380]) {
      let notice = 'Original story reprinted with permission from Quanta Magazine, an editorially independent publication';
      while (notice.length < size - 10) notice += ' of the foundation';
      notice += '.';
      expect(removedBy('page-furniture', `${prose}\n${more}\n${notice}\n`), String(notice.length)).toEqual([notice]);
    }
  });

  it('takes a share bar\'s buttons, one label a line, in a run of two or more; one alone stays', () => {
    expect(removedBy('page-furniture', `${prose}\nwhatsapp\ntwitter-x\n\nmail\ncopy\n${more}\n`)).toEqual(['whatsapp', 'twitter-x', 'mail', 'copy']);
    expect(removedBy('page-furniture', `${prose}\nFacebook\n${more}\n`)).toEqual([]);
  });

  it('takes a poll above its invitation: the question and its short answers; not a question without one', () => {
    expect(removedBy('page-furniture', `${prose}\nWould you use a new skate park in your neighborhood?\nYes\nNo\nShare your opinion\n${more}\n`)).toEqual(['Would you use a new skate park in your neighborhood?', 'Yes', 'No', 'Share your opinion']);
    expect(removedBy('page-furniture', `${prose}\nWould you use a new skate park in your neighborhood?\n${more}\n`)).toEqual([]);
    // A line of prose between them: the question is the article's.
    expect(removedBy('page-furniture', `${prose}\nWhy does it matter?\n${more}\nShare your opinion\n`)).toEqual(['Share your opinion']);
  });

  it('takes a poll above its button, the button with it; not a question over a button alone, nor a button alone', () => {
    expect(removedBy('page-furniture', `${prose}\nDo you think the bridge is worth the cost?\nYes\nNo\nVote now\n${more}\n`)).toEqual(['Do you think the bridge is worth the cost?', 'Yes', 'No', 'Vote now']);
    expect(removedBy('page-furniture', `${prose}\nSollte die Stadt die Brücke bauen?\n\nJa\nNein\nWeiß nicht\n\nJetzt abstimmen\n${more}\n`)).toEqual(['Sollte die Stadt die Brücke bauen?', 'Ja', 'Nein', 'Weiß nicht', 'Jetzt abstimmen']);
    expect(removedBy('page-furniture', `${prose}\nWho will win the election?\nVote\n${more}\n`)).toEqual([]);
    expect(removedBy('page-furniture', `${prose}\nView results\n${more}\n`)).toEqual([]);
    // Dutch, and the poll's label above its question.
    expect(removedBy('page-furniture', `${prose}\nGa jij dit jaar naar het festival?\nJa\nMisschien\nNee\nStem\n${more}\n`)).toEqual(['Ga jij dit jaar naar het festival?', 'Ja', 'Misschien', 'Nee', 'Stem']);
    expect(removedBy('page-furniture', `${prose}\nОпитування\nЯк ви оплачуєте проїзд?\nКарткою\nГотівкою\nГолосувати\n${more}\n`)).toEqual(['Опитування', 'Як ви оплачуєте проїзд?', 'Карткою', 'Готівкою', 'Голосувати']);
  });

  it('takes a question under a poll\'s label and its short answers; not one without answers, nor a question under another label', () => {
    expect(removedBy('page-furniture', `${prose}\n\nPOLL: Is the team good enough for the playoffs?\n\nYes, they have earned it\n\nNot yet, one win is not enough\n\n${more}\n`)).toEqual(['POLL: Is the team good enough for the playoffs?', 'Yes, they have earned it', 'Not yet, one win is not enough']);
    expect(removedBy('page-furniture', `${prose}\nPOLL: Is the team good enough for the playoffs?\n${more}\n`)).toEqual([]);
    expect(removedBy('page-furniture', `${prose}\nQUESTION: Is the team good enough for the playoffs?\nYes\nNo\n${more}\n`)).toEqual([]);
  });

  it('takes a blog\'s comment section below the article, from its heading to the end, in the lists\' languages', () => {
    const comments = (heading: string, header: string) => [heading, '', header, 'März 3, 2016 um 10:15', '', 'Endlich! Darauf warte ich seit Jahren, meine Kinder können jetzt mit dem Rad zur Schule fahren.', '', 'Antworten'];
    for (const [heading, header] of [
      ['3 thoughts on “Stadtrat sperrt die alte Brücke”', 'Maria Keller says:'],
      ['2 Kommentare zu „Stadtrat sperrt die alte Brücke“', 'Maria Keller sagt:'],
      ['5 réflexions sur « Stadtrat sperrt die alte Brücke »', 'Marie Keller dit :'],
      ['3 comentarios en «Stadtrat sperrt die alte Brücke»', 'María Keller dice:'],
    ]) {
      const lines = comments(heading!, header!);
      const removed = removedBy('page-furniture', [prose, '', more, '', ...lines].join('\n'));
      expect(removed, heading).toEqual(lines.filter((l) => l !== ''));
    }
    // The comment's date with its time stands for the header in themes that print no "says:".
    expect(removedBy('page-furniture', [prose, more, 'One response to “Stadtrat sperrt die alte Brücke”', 'Maria Keller', 'March 3, 2016 at 10:15 am', 'Finally, a decision that puts the safety of children first.'].join('\n'))).toHaveLength(4);
    // Without a comment below it, or above the article's prose, the heading stays; so does a sentence that quotes a title.
    expect(removedBy('page-furniture', [prose, '3 thoughts on “Stadtrat sperrt die alte Brücke”', more].join('\n'))).toEqual([]);
    expect(removedBy('page-furniture', ['3 thoughts on “Stadtrat sperrt die alte Brücke”', 'Maria Keller says:', prose, more].join('\n'))).toEqual([]);
    expect(removedBy('page-furniture', [prose, 'He shared his thoughts on “the bridge” with the council.', 'Maria Keller says:', more].join('\n'))).toEqual([]);
    // A heading that only says comments, with its count or not, and a comment's author with how long ago.
    for (const [heading, header] of [
      ['Kommentare (3)', 'GuterMensch vor 3 Stunden'],
      ['All Comments 4', 'kanu sukha says:'],
      ['Leserkommentare', 'Anna K. · vor 2 Tagen'],
      ['12 commentaires', 'Marie il y a 5 heures'],
      ['Reader comments', 'jane_d 2 hours ago'],
    ]) {
      const lines = [heading!, header!, 'Kein Wunder, bei den Auflagen hält das doch kein kleiner Betrieb mehr durch, das war absehbar.'];
      expect(removedBy('page-furniture', [prose, more, ...lines].join('\n')), heading).toEqual(lines);
    }
    // A Q&A page's answers under their count, an opinion piece's label above its dateline, and a
    // comments heading with no comment below it stay.
    expect(removedBy('page-furniture', [prose, '3 Antworten', 'Hans Bäcker vor 2 Jahren', more].join('\n'))).toEqual([]);
    const opinion = removedBy('page-furniture', [prose, 'Kommentar', 'Von Sabine Lorenz, 12.03.2024, 14:30 Uhr', more].join('\n'));
    expect(opinion).not.toContain('Kommentar');
    expect(opinion).not.toContain(more);
    // (the heading alone is a listed widget line; what follows it is the article's)
    expect(removedBy('page-furniture', [prose, 'Kommentare', more, 'Der Rat stimmt nächste Woche erneut ab.'].join('\n'))).toEqual(['Kommentare']);
  });
  it('takes a tabloid\'s kicker teasers below the first sentence, two or more of them; not the headline above it, nor one alone', () => {
    const headline = 'END OF THE ROAD Soap legend quits the show after 12 years as bosses plan an explosive exit';
    const a = 'SHOCK RETURN Soap star back on set two years after axe - and fans are fuming';
    const b = "'NOT MY BOY' Mum's fury as school sends son, 6, home for wearing the wrong trousers";
    const para = 'The actor confirmed the news in a statement on Friday, thanking the cast and the crew.';
    const text = [headline, para, a, 'He will film his last scenes in the spring.', b, 'Bosses said the door remains open.'].join('\n\n');
    expect(removedBy('page-furniture', text)).toEqual([a, b]);
    // One alone may be a subheading that begins with an acronym.
    const one = [para, 'NATO Summit Opens in Vilnius With Ukraine on the Agenda', 'Leaders arrived on Tuesday.'].join('\n\n');
    expect(removedBy('page-furniture', one)).toEqual([]);
    // Sentences that begin with capitals are prose.
    const prose = [para, 'NHS England said the plan would cost more than expected.', 'UK officials said the talks would continue on Monday.'].join('\n\n');
    expect(removedBy('page-furniture', prose)).toEqual([]);
  });
  it('takes a teaser under a label in capitals below the first sentence; not a speaker\'s lines, a sentence, or the headline above', () => {
    const para = 'The council voted on Tuesday to spend $4 million on new drains along the river.';
    const watch = 'WATCH: Heavy rain floods streets near the park on Sunday night';
    const read = 'READ | Heatwave to continue over north-west India for next five days';
    const headline = 'ANALYSIS: Why the new drains matter for the whole city';
    expect(removedBy('page-furniture', [headline, para, watch, 'Work starts in May.', read].join('\n\n'))).toEqual([watch, read]);
    const dialogue = [para, 'SMITH: Good morning to all of you here today', 'JONES: Good morning to you and the team', 'SMITH: And what about the drains now'].join('\n\n');
    expect(removedBy('page-furniture', dialogue)).toEqual([]);
    expect(removedBy('page-furniture', [para, 'UPDATE: The road has reopened to traffic in both directions.'].join('\n\n'))).toEqual([]);
  });
  it('takes a line of hashtags below the prose, not above it', () => {
    const para = 'The school opened its new shelter on Monday, and classes resumed for 400 pupils.';
    expect(removedBy('page-furniture', `${para}\n\n#Khmelnytskyi #education #shelter`)).toEqual(['#Khmelnytskyi #education #shelter']);
    expect(removedBy('page-furniture', `#Khmelnytskyi #education\n\n${para}\n\n${para}`)).toEqual([]);
  });
  it('takes a byline that gives the reporter\'s job instead of "By", above or below the prose only', () => {
    const para = 'The actor confirmed the news in a statement on Friday, thanking the cast and the crew.';
    for (const line of ['Kirsty Mallon, Showbiz Reporter', 'Jane Doe, political correspondent', 'Anna Weber, Redakteurin']) {
      expect(removedBy('page-furniture', `${line}\n\n${para}`), line).toEqual([line]);
    }
    for (const line of ['Jane Doe, a local resident', 'Paris, Texas', 'Smith, Jones and Brown, Solicitors']) {
      expect(removedBy('page-furniture', `${line}\n\n${para}`), line).toEqual([]);
    }
  });
  it('takes a byline under a blog\'s or a portal\'s label, above or below the prose only', () => {
    const para = 'The actor confirmed the news in a statement on Friday, thanking the cast and the crew.';
    for (const line of ['Posted by Priya Raman on March 3, 2024', 'Published By: Sandeep Rao', 'Written by Jane Doe']) {
      expect(removedBy('page-furniture', `${line}\n\n${para}`), line).toEqual([line]);
      expect(removedBy('page-furniture', `${para}\n\n${line}\n\n${para}`), line).toEqual([]);
    }
    for (const line of ['Posted by the council on its website', 'Published by Penguin in 2019']) {
      expect(removedBy('page-furniture', `${line}\n\n${para}`), line).toEqual([]);
    }
  });
  it('takes a byline whose day is said relatively, with its time, above or below the prose only', () => {
    const para = 'The actor confirmed the news in a statement on Friday, thanking the cast and the crew.';
    for (const line of ['By Élodie Vuillemin - Today at 06:00 - Updated today at 09:45', 'Von Anna Berg, heute um 9:12 Uhr', 'Par Julien Prost - Hier à 18h30']) {
      expect(removedBy('page-furniture', `${line}\n\n${para}`), line).toEqual([line]);
      expect(removedBy('page-furniture', `${para}\n\n${line}\n\n${para}`), line).toEqual([]);
    }
    expect(removedBy('page-furniture', `By Friday at 10:00 the roads were clear\n\n${para}`)).toEqual([]);
  });
  it('leaves extracted HTML to the extractor: only a text\'s own lines', () => {
    const text = `${prose}\nLesen Sie auch: Neue Radwege in der Innenstadt beschlossen\n${more}\n`;
    expect(cleanText(text, { markers: [], boilerplate: [] }, () => true).changes.filter((c) => c.rule === 'page-furniture')).toEqual([]);
  });

  it('shares its lists with the extractor', () => {
    expect(listedFurniture('Lesen Sie auch')).toBeDefined();
    expect(listedFurniture('Lesen Sie auch die Stellungnahme der Stadt, die am Montag veröffentlicht wurde.')).toBeUndefined();
    // The "report an error" widget and the audio player's label, in several languages.
    for (const line of ['Report an editorial error', 'Fehler melden', 'Sie haben einen Fehler gefunden?', 'Signaler une erreur', 'Segnala un errore', 'Zgłoś błąd', 'Сообщить об ошибке', 'Zum Anhören', 'Ein Klick für den Datenschutz']) {
      expect(listedFurniture(line), line).toBeDefined();
    }
    expect(listedFurniture('Fehler melden Sie bitte an die Redaktion, wenn Ihnen einer auffällt.')).toBeUndefined();
    // A caption under its label, music credits, a player's fallback text, comment invitations.
    for (const line of ['Image caption Protesters gathered outside the ministry', 'Bildunterschrift: Der Minister vor dem Parlament', 'Music: "Blue Sky" by Kevin MacLeod', 'Your browser does not support the video tag.', 'Media playback is unsupported on your device', 'Share your opinion', 'Have your say.Give us feedback.']) {
      expect(listedFurniture(line), line).toBeDefined();
    }
    for (const line of ['The image caption contest drew 3,000 entries.', 'The old browser does not support the new standard.', 'Doctors ask patients to share their thoughts.', 'Share your thoughts with your doctor before you change a medicine.', 'Music: the band’s new album is its best. It comes out in May.']) expect(listedFurniture(line), line).toBeUndefined();
    // A machine's notices: the text translated by one, a summary or the text written by one, in the
    // site's own voice; not a sentence that reports such a finding or names people.
    for (const line of ['Dieser Artikel wurde maschinell übersetzt.', 'This article was machine-translated from Spanish.', 'Cet article a été traduit automatiquement.', 'Diese Zusammenfassung wurde künstlich erzeugt. Wir entwickeln dieses Angebot stetig weiter und freuen uns über Ihr Feedback.', 'This summary was generated by AI and reviewed by our editors.', 'Dieser Text wurde mit Hilfe von KI erstellt.', 'Ce résumé a été généré par une IA.', 'Este resumen fue generado con inteligencia artificial.', 'Questo articolo è stato generato dall’intelligenza artificiale.', 'KI-generierte Zusammenfassung']) {
      expect(listedFurniture(line), line).toBeDefined();
    }
    for (const line of ['This text was generated by AI, the court found.', 'This text was generated by AI, according to researchers who reviewed it.', 'This summary was written by AI researchers at Stanford.', 'The text was generated by AI.', 'This article was written by Jane Doe.', 'Diese Zusammenfassung wurde vom Gericht erstellt und am Montag veröffentlicht.']) {
      expect(listedFurniture(line), line).toBeUndefined();
    }
    // Jetpack's like and share bars under a WordPress post, in its locales; not an example's introduction nor a sentence.
    for (const line of ['Like Loading...', 'Gefällt mir Wird geladen …', 'Teilen mit:', 'J’aime chargement…', 'Me gusta Cargando...', 'Curtir isso:', 'Sukai ini:', 'Suka Memuat...']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Like this:', 'Gefällt mir nicht, sagte sie.', 'Me gusta esto, dijo el alcalde.']) expect(listedFurniture(line), line).toBeUndefined();
    // A listed line with a typographic apostrophe, as WordPress prints "Editor's picks".
    for (const line of ['Editor’s picks', 'Editor‘s picks', "Editor's picks"]) expect(listedFurniture(line), line).toBeDefined();
    // A gallery's counter, with the bar that parted it from its caption or glued to the caption; not a fraction, a sentence, nor a counter with a headline after its bar.
    for (const line of ['1 of 6', 'Image 1 of 8', 'Bild 3 von 12', '1/12', '1 of 12 |', '1of4Grass Valley\'s Dionicio Torres looks at the gas cans']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['1/2 cup of flour', 'One of 12 ministers resigned.', '1 of 12 | Mayor resigns after vote']) expect(listedFurniture(line), line).toBeUndefined();
    // A pointer to the page's player or gallery; not a teaser that says what is further down, nor a sentence about scrolling.
    for (const line of ['Scroll down for video', 'Scroll down for the video', 'Swipe to see more photos', 'Scroll to view the gallery']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Scroll down to see how to identify the rare bucks worth thousands', 'Users swipe to see more photos of a match before they decide.', 'Scroll down for the full list of winners']) expect(listedFurniture(line), line).toBeUndefined();
    // A question to the reader about the text itself, and a pointer to more where the link was; not a question about something else, nor "here" inside a sentence.
    for (const line of ['Did you enjoy this article?', 'Hat Ihnen dieser Artikel gefallen? Dann teilen Sie ihn mit Ihren Freunden.', '¿Te gustó este artículo?', 'Vous avez aimé cet article ?', 'Mehr Nachrichten aus der Region finden Sie hier.', 'Weitere Informationen gibt es hier', 'More stories like this can be found here.']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Did you enjoy the concert?', 'Readers who liked the story wrote to the paper.', 'Mehr als 300 Menschen leben hier.', 'Weitere Informationen finden Sie hier im Rathaus, sagte sie.', 'More than 40 species can be found here, the ranger said.', 'More than 40 species can be found here.', 'Weitere Wanderer sehen Sie hier.']) expect(listedFurniture(line), line).toBeUndefined();
    // A caption ending in its credit after its last sentence or in an agency's name; not a sentence that names an agency.
    for (const line of ['Telefónica feierte ihr Firmenjubiläum an der Madrider Börse. Foto: T. Schäfer', 'A habitation module for a crewed Mars mission. Credit: ESA', 'A woman takes a picture of the refinery near Puerto Cabello, Venezuela. AP Photo', '(The FA via Getty Images)', 'Anadolu via Getty Images)', 'Protesters have worn masks (Shutterstock)']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['The picture was sold to Getty Images.', 'The photo agency (Getty Images).', 'She works with AP Photo editors in New York.', 'The rights went to the agency, via Getty Images, in 2019.']) expect(listedFurniture(line), line).toBeUndefined();
    // The same credit after a comma, after a word or glued to it, an agency alone after the last sentence or on its line, a labelled credit in parentheses; not a sentence that ends with a state's code, nor a wire service's copyright in parentheses.
    for (const line of ['Alex Lowes fährt bisher eine starke Superbike-Saison 2024, Foto: LAT Images', 'OGBL und LCGB hat der Arbeitskampf gegen die Regierung Frieden geeint Foto: Editpress/Fabrizio Pizzolante', 'Rebecca Cooke supporting Phil Foden at the Qatar World CupCredit: PA', 'Trump only stayed in the court for about an hour. AP', 'STR/AFP via Getty Images', '(Quelle: APA/sda/dpa)']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['He said the result was clear. PA', '(©NTB)', '(Applause)', 'Das Bild: Die Menschen standen am Ufer', 'Der Streik dauert an, Foto folgt']) expect(listedFurniture(line), line).toBeUndefined();
    // A caption's credit in parentheses with a slash or as a bare agency, an agency's name and a photographer's before a slash, a credit glued as "Photograph by"; a source with a domain; a live blog entry's header as scrapers join it; the outlet's own name to follow; a paywall's label, an embed's and an ad's in more languages.
    for (const line of ['Yersinia pestis survives on fleas. ( STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY)', 'More than 3,000 court documents have been released on Jeffrey Epstein. (AP)', 'Uwe Schubert möchte noch Punkte sammeln. IMAGO/Nico Herbertz', 'An aerial view of the bare ice.Photograph by Doug Johnson', 'Quelle: ntv.de, ino/dpa', '20:01Antony Clements-Thrower', '17:56KEY EVENT', '4 hours ago08:13 Jon King', 'Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.', 'Les også: Tone Damli røper detaljer om frieriet', 'Article réservé aux abonnés', 'Annons', 'Embed']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['The band played its hits (AC/DC)', '20:01 Police arrive at the scene', 'Quelle: dpa. Die Polizei sagte', 'Follow the rules on WhatsApp groups', 'He spoke at length. (Reuters reported later)', 'The photo by Jane Doe won.', '(Getty Images).']) expect(listedFurniture(line), line).toBeUndefined();
    // A dateline of two relative parts, a short line that ends in "click here"; not a longer sentence that does, nor "click" alone.
    for (const line of ['Publié il y a 2 heures, Mis à jour il y a 8 minutes', 'GET FOX BUSINESS ON THE GO BY CLICKING HERE', 'For Reprints and Permissions, click here.']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Researchers in The Hague analysed the audio of the machine gun fire in detail, click here.', 'The soldiers at the base could not click', 'Published 7 hours ago, the report said']) expect(listedFurniture(line), line).toBeUndefined();
    // A player's length, a link's hint after its word, a request for scripts, an opinion piece's disclaimer, an invitation to comment; not a sentence about views expressed.
    for (const line of ['Duration 12:38', 'here, opens new tab', 'To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video', 'Gastkommentare und Beiträge von externen Autorinnen und Autoren wie dieser hier müssen nicht der Meinung der Redaktion entsprechen.', "The views expressed in this article are the author's own and do not necessarily reflect those of the Herald.", 'Ihre Meinung zählt.']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['The views expressed by the minister angered the author of the report, who resigned.', 'The film runs 1:45 and opens in a new cinema.']) expect(listedFurniture(line), line).toBeUndefined();
    // A comment form's lines one after the other on one line, and its gate in WordPress's locales; not a sentence with one listed word.
    for (const line of ['Your email address will not be published. Required fields are marked *', 'O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *', 'Devi essere connesso per inviare un commento.', 'Vous devez être connecté pour publier un commentaire.']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['He said no. Print.', 'Reply. He would not.']) expect(listedFurniture(line), line).toBeUndefined();
    // A link's hint for screen readers alone on its line, and how long ago said with a word; not a sentence that says so.
    for (const line of ['(öffnet in einem neuen Fenster)', '(opens in a new tab)', 'Opens in new window', '(external link)', 'Vor einer Stunde', 'vor einem Tag']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['The door opens in a new window frame.', 'The museum opens in a new building in May', 'Vor einer Stunde kam er an.']) expect(listedFurniture(line), line).toBeUndefined();
    // A teaser's label run into its headline in the lists' other languages, and tags under their label; not a sentence that begins so.
    for (const line of ['Lesen Sie auch Parkgebühren steigen ab Juli deutlich', 'Lire aussi Le budget adopté par le conseil', 'Читайте также Новый мост откроют в мае', 'Schlagwörter: Verkehr Stadtrat Radverkehr', 'Mots-clés : budget, conseil municipal']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Lesen Sie auch Kommentare unserer Leser dazu.', 'Lesen Sie auch die Stellungnahme der Stadt', 'Themen: Klima und Migration standen im Mittelpunkt.', 'Tag: Mittwoch, 12. Juni']) expect(listedFurniture(line), line).toBeUndefined();
    // The site's call to sign up or follow, in its own voice, in the lists' languages; not a quoted company, advice to the reader, a podcast's own description, nor a blog's sentence.
    for (const line of ['Stay up to date with all the latest news by signing up to our newsletter', 'Get our free mobile app', 'Join us on WhatsApp', "Don't miss a story: sign up for our newsletters here", 'Abonnieren Sie unseren Newsletter', 'Folgen Sie uns auf WhatsApp', 'Téléchargez notre application', 'Suscríbete a nuestro boletín', 'Подпишитесь на наш канал в Telegram']) expect(listedFurniture(line), line).toBeDefined();
    // A player's teaser under its label, a wire story's credit for its help; not sentences.
    for (const line of ['Watch: Aoife Brennan reports from Kilcreevan', 'WATCH: Cedar Bluff High students show off their competition robot', 'Listen: The full interview with the mayor', 'Additional reporting: Seán Ó Riain', 'Additional reporting by Reuters.']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Watch: the vote is at 5pm.', 'Additional reporting showed that the figures were wrong.']) expect(listedFurniture(line), line).toBeUndefined();
    // The text going on below an ad or a video; not a sentence that says so of something else.
    for (const line of ['Dalsza część artykułu pod materiałem wideo', 'The further part of the article below the advertisement', 'Weiter nach der Anzeige', 'La suite après la publicité', 'El artículo continúa después del anuncio', 'Продолжение ниже']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['The story continues below the fold in the print edition, the editor said.', 'Weiter nach der Anzeige kam nichts mehr, sagte er.']) expect(listedFurniture(line), line).toBeUndefined();
    // A call for money on a membership platform; not a story about one.
    for (const line of ['unterstütze uns mit einem kleinen monatlichen Beitrag auf Steady', 'Feldnotizen ist unabhängig und werbefrei. Wenn dir der Podcast gefällt, unterstütze uns mit einem kleinen monatlichen Beitrag auf Steady – schon ab 3 € im Monat.', 'Support us on Patreon and get every episode a day early']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Patreon lets fans support creators every month.', 'Support for the plan grew, our poll on PayPal users found.']) expect(listedFurniture(line), line).toBeUndefined();
    // A Telegram channel's web preview of a post it cannot show.
    for (const line of ['Please open Telegram to view this post', 'VIEW IN TELEGRAM']) expect(listedFurniture(line), line).toBeDefined();
    // A Q&A page's invitation to answer, a count of likes; not a sentence that asks for help.
    for (const line of ['Kennst du dich mit dem Thema aus? Hilf Beetanfänger_Jonas mit deiner Antwort weiter.', 'Hilf Lisa2k mit einer hilfreichen Antwort weiter.', 'Help Jonas by answering this question', '9 „Gefällt mir“', '12 likes']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Hilf deinem Nachbarn mit einer Antwort auf seine Frage, sagte sie.', 'Help Jonas by answering the phone while I am out.', 'Gefällt mir sehr gut, das neue Album']) expect(listedFurniture(line), line).toBeUndefined();
    // A podcast player's bar; not a sentence that names the apps.
    for (const line of ['Podcast: Play in new window | Download (Duration: 58:41 — 54.1MB)', 'Subscribe: Apple Podcasts | Spotify | RSS', 'Play in new window | Download']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['The show is on Apple Podcasts | Spotify', 'Spotify | Apple Music | Tidal']) expect(listedFurniture(line), line).toBeUndefined();
    // A trial's price for its first month, a paywall's button naming the site's product, a player's duration; not a ticket's price a month.
    for (const line of ['Lire la suite : profitez de notre offre découverte, 1 € le premier mois, sans engagement.', 'Weiterlesen mit Plus', 'Read more with Premium', '(Duration: 58:41 — 54.1MB)']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Das Ticket kostet 49 Euro im Monat und ist monatlich kündbar.', 'Das Abo kostet 9,99 € im Monat, lesen Sie dazu unseren Bericht.', 'Weiterlesen mit dem Bürgermeister', 'The duration: 58:41 was a record.']) expect(listedFurniture(line), line).toBeUndefined();
    for (const line of ['Download the free WRBK 10 News app for breaking news alerts, live video and the latest forecast.', 'Get the app for the latest news']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Download the app, which gives the latest news on the outbreak, officials urged residents on Monday.', 'Download the new budget app to track your spending']) expect(listedFurniture(line), line).toBeUndefined();
    for (const line of ['“Download our app,” the CEO urged.', 'Sign up for the Disney+ bundle using the same email as your Hulu account', 'Join us on this episode of our podcast as we talk to a chef', 'Follow us as we travel across Iceland.', 'The app lets us follow our friends', 'Stay with us for updates']) expect(listedFurniture(line), line).toBeUndefined();
    // A post's meta bar (its tags, its date, its buttons), a Q&A page's badge and a report button; not places or names between bullets, nor tags alone.
    for (const line of ['Kochen, Ernährung, Reis · vor 2 Jahren · Melden', 'Politik, Europa · 14.05.2024', 'Antworten · Melden', 'Hilfreichste Antwort', 'Accepted answer', 'Report']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Berlin · Paris · London', 'Jane Doe · John Roe', 'Kochen, Ernährung · Reis', 'Anna Weber · Leitung Kundendienst']) expect(listedFurniture(line), line).toBeUndefined();
    // A blog post's dateline and its categories and tags under WordPress's labels; not sentences that begin so.
    for (const line of ['Posted on March 3, 2024 by admin', 'Veröffentlicht am 3. März 2024 von Marie', 'Publié le 3 mars 2024 par Marie', 'Posted on March 3, 2024 by Jane Doe', 'Posted in News Tagged bread, sourdough', 'Veröffentlicht in Grundlagen Verschlagwortet mit Roggen, Sauerteig']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Veröffentlicht am 3. März 2024 von der Stadt beschlossen', 'Posted in Kabul, the soldier wrote home.', 'Published in 2019, the report found that prices rose.', 'Tagged as a risk, the bridge was closed.']) expect(listedFurniture(line), line).toBeUndefined();
    // A paywall's count of what is left, and a clock time of the last update; not sentences that give a share or a time.
    for (const line of ['Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.', 'Pozostało jeszcze 89% artykułu', 'Вам осталось прочитать 80% статьи', 'Updated at 1:23 p.m.', '15/04/2026 Actualizado a las 17:30h.']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Prices rose 3% in March, the statistics office said.', 'The store updated its hours at 9:00 on Monday.', 'The remaining 15% was actual reconciliation logic.', 'Prices rose 15% this year, according to an article in the Times.']) expect(listedFurniture(line), line).toBeUndefined();
    // A currency note and a republication notice; not sentences that give a rate or a source.
    for (const line of ['($1 = 0.8998 euros)', '(£1 = $1.2734)', '(1 euro = 1.0912 dollars)', 'Original story reprinted with permission from Quanta Magazine, an editorially independent publication.', 'This article is republished from The Conversation under a Creative Commons license.']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['The euro fell to $1.08 on Monday.', 'The story was reprinted in three newspapers the next day.']) expect(listedFurniture(line), line).toBeUndefined();
    // A shop button; not a sentence with a price.
    for (const line of ['$285 at REI', '$99 at Moosejaw (Nanowave 35)', '29,99 € bei Amazon']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['$285 at REI is a bargain.', '$285 at REI was the lowest price.']) expect(listedFurniture(line), line).toBeUndefined();
    // A reading time alone on its line; not a sentence about one.
    for (const line of ['Lesezeit: 3 Min.', 'Tempo de leitura: 2 minutos', 'Temps de lecture 4 min.', 'Reading time: 5 minutes', 'Iklan']) expect(listedFurniture(line), line).toBeDefined();
    expect(listedFurniture('Reading time is 5 minutes for most users.')).toBeUndefined();
    // An e-mail address alone on its line; not a sentence that gives one.
    for (const line of ['paul.takahashi@chron.com', 'E-Mail: info@example.de']) expect(listedFurniture(line), line).toBeDefined();
    expect(listedFurniture('Write to paul.takahashi@chron.com with tips.')).toBeUndefined();
    // A caption that ends in its picture's copyright; not the site's copyright notice, nor a "©" inside a sentence.
    expect(listedFurniture('Prinz Harry, Herzog von Sussex. © Victoria Jones/PA Wire/dpa')).toBeDefined();
    expect(listedFurniture('Die Ministerin tritt am Dienstag ihr Amt an. (Archivbild) © AP/dpa | Richard Drew')).toBeDefined();
    expect(listedFurniture('Copyright © 2023 The Washington Times, LLC.')).toBeUndefined();
    // Share buttons that name their network, copy-link buttons and their confirmation, jump
    // links, expanders, follow invitations and caption labels, in the lists' languages; a
    // label said twice (for screen readers and on screen).
    for (const line of ['bei Facebook teilen', 'Auf WhatsApp teilen', 'Share on WhatsApp', 'Partager sur Facebook', 'Compartir en Twitter', 'Condividi su Facebook', 'Поделиться в Telegram', 'Facebook teilen (öffnet neues Fenster)', 'Copy link', 'Link kopieren Link kopieren', 'Copier le lien', 'Скопировать ссылку', 'Link copied to clipboard', 'Die Artikel-URL wurde erfolgreich in Ihrer Zwischenablage gespeichert.', 'Zu den Kommentaren springen.', 'Ir a los comentarios', 'Mehr anzeigen', 'Voir plus', 'Weitere Videos', 'Folgen Sie uns und diskutieren Sie mit!', 'Folgst du schon 20 Minuten auf Whatsapp?', 'Síguenos en Instagram', 'Suivez-nous sur Facebook et Twitter', 'Подписывайтесь на нас в Telegram', 'Legende: Drusenführer vor einem Porträt seines Vaters. SRF', 'Bildtext: Der Minister in Bern']) {
      expect(listedFurniture(line), line).toBeDefined();
    }
    // A widget's count, a bar of listed widgets, a player that failed, a relative date in short, an invitation to say what you think.
    for (const line of ['258 Shares', '1.2K views', '14 Kommentare', 'Advertisement · Scroll to continue', 'Print | Email | Share', 'We apologize, but this video has failed to load.', 'Dieses Video ist leider nicht mehr verfügbar', '•vor 2 Std.', 'Tell us what YOU think...', 'Got A Tip?', 'Author of the article:', 'Datenschutzeinstellungen anpassen']) {
      expect(listedFurniture(line), line).toBeDefined();
    }
    // A view counter under its label, an embed's link to its platform, a player's notice of a
    // block where the reader is, the comments' authors answering for them; not sentences that say so.
    for (const line of ['Post Views: 3,876', 'Zugriffe: 1234', 'Переглядів: 1 874', 'Watch on YouTube', 'View on Mastodon', 'Переглянути в Telegram', 'Дивитися на YouTube', 'Auf Instagram ansehen', 'Voir la publication sur Instagram', 'Dieses Video ist aus rechtlichen Gründen nur in Österreich abrufbar.', 'This video is not available in your country.', 'Los comentarios son responsabilidad de sus autores. El Diario se reserva el derecho a eliminar los ofensivos.', 'Comments are the sole responsibility of their authors.']) {
      expect(listedFurniture(line), line).toBeDefined();
    }
    // A caption's credit by its label, a file picture's label, a credit alone with the agency first, a German embed's placeholder and its button.
    for (const line of ['Landholders at Toorak Creek on Monday. Picture by Bec Halloran', 'The figures were published on Wednesday evening. File photo', 'Die Demonstranten am Hauptplatz. Archivbild', 'APA/Karin Strasser', 'orf.at/Stefan Hauer', 'Mit Ihrer Zustimmung wird hier ein externes Video (YouTube) geladen.', 'Dieser Beitrag enthält Inhalte von Instagram. Um sie anzuzeigen, müssen Sie der Verwendung von Cookies von Drittanbietern zustimmen.', 'Inhalte von Drittanbietern zulassen']) {
      expect(listedFurniture(line), line).toBeDefined();
    }
    expect(listedFurniture('We care about the protection of your data. Read our Privacy Policy.')).toBeDefined();
    expect(listedFurniture('We care about the protection of your data, the minister said.')).toBeUndefined();
    for (const line of ['AC/DC Rocks Stadium', 'Wien/Graz', 'Mit Ihrer Zustimmung wird der Vertrag verlängert.', 'Dieser Artikel enthält Inhalte von Reuters.', 'The picture by Bec Halloran won the prize.', 'Er zeigte ein Archivbild.']) {
      expect(listedFurniture(line), line).toBeUndefined();
    }
    for (const line of ['Post views rose to 3,876 in May.', 'Views: the council and the mayor disagree', 'Watch on YouTube was the most popular button, the study found.', 'The video is not available in Russia, the regulator said.', 'Das Video ist nur in Österreich abrufbar, kritisierte der Verband.', 'The comments are the responsibility of the minister, he said.', 'Die Kommentare sind Sache der Verfasser.']) {
      expect(listedFurniture(line), line).toBeUndefined();
    }
    // Another story's headline in brackets; not an editor's note, a stage direction or a citation.
    for (const line of ['[Oklahoma isn’t the only state taking big steps to limit abortions]', '[‘I could feel my intestines outside my body’: Woman describes attack]', '[High Lead Levels Found in D.C. Kids]']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['[Editor’s note: WIRED requested evidence of the breached data]', '[This story has been updated and will be updated throughout the day.]', '[Applause]', '[inaudible crosstalk between the two senators]', '[Ni’matul Ukhuwah hal. 41]']) expect(listedFurniture(line), line).toBeUndefined();
    // A share bar without separators, a label with its count, a widget that needs scripts, a
    // captcha notice, confirmations and gates, a paywall's prompt, an icon's ligature name, a
    // layout's name.
    for (const line of ['twitter linkedin facebook instagram', 'share cancel email link bookmark', 'View all (23)', 'Kommentare (4)', 'This slideshow requires JavaScript.', 'Please enable JavaScript to view the comments powered by Disqus.', 'This site is protected by recaptcha Privacy Policy | Terms of Service', 'You’ve successfully subscribed to this newsletter!', 'Thanks for signing up!', 'You must be logged in to join the discussion or read more comments.', 'THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY', 'Subscribe now to read the full story', 'Dieser Artikel ist nur für Abonnenten', 'Cet article est réservé aux abonnés.', 'chevron_left Browse All Posts', 'wide-browser-and-larger', 'landscape-tablet', 'Supported by']) {
      expect(listedFurniture(line), line).toBeDefined();
    }
    for (const line of ['The app requires JavaScript and a modern browser, the developers said in a statement.', 'Thanks for signing up, said the coach, who welcomed twenty new players to the team on Monday and promised more.', 'You must be logged in to vote, the commission said.', 'The story is available to subscribers of the paper and to students of the university, the publisher said.', 'Please subscribe to read the whole story of how the town rebuilt itself after the flood.', 'Facebook Twitter', 'well-known']) {
      expect(listedFurniture(line), line).toBeUndefined();
    }
    // An account's gate, an offer to remove the ads, an appeal to support journalism; not sentences that say so.
    for (const line of ['Create an account or sign in to continue with your reading experience.', 'Register to keep reading for free.', 'Don’t want to see this? Remove ads', 'Support local journalism.', 'Sharing is caring!', 'Related Topics:']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['The firm will remove ads from its platform next year, a spokesman said.', 'Readers were asked to support local journalism by buying a subscription, but few did.', 'Sign up to continue reading the thread of the story of the town.', 'Buy now', 'Up next']) expect(listedFurniture(line), line).toBeUndefined();
    // A caption that places what its picture shows, and a picture's copyright under its label; not a sentence that says "(pictured)".
    for (const line of ['The minister, 54, (pictured) arrives at the summit in Brussels on Monday', 'Jane Doe (left) and John Roe at the gala in Vienna', 'Die Ministerin (im Bild) in Berlin', 'Image copyright Getty Images', 'Bildrechte: dpa']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Prince Harry (pictured) arrived at the court on Monday, where he gave evidence.', 'The image copyright belongs to the agency, the court ruled.']) expect(listedFurniture(line), line).toBeUndefined();
    // A related story's headline under its label, with a separator or without; a feed's footer.
    for (const line of ['Related Story: City pools to open early this summer', 'Related Story City pools to open early this summer', 'More from the Gazette: Council approves budget', 'This feed is for personal use only and may not be republished.']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Related stories are rare in this field.', 'related coverage was thin', 'More from the past: a museum opens']) expect(listedFurniture(line), line).toBeUndefined();
    // A teaser to more on the topic, with the topic; a video's teaser ending in its date and length.
    for (const line of ['Mehr zum Thema Hitzeschäden', 'Mehr zur Lage im Nahen Osten lesen Sie in unserem Liveblog:', 'Sanktionen gegen Iran beschlossen. 18.04.2024 | 0:21 min']) expect(listedFurniture(line), line).toBeDefined();
    expect(listedFurniture('Mehr zum Thema gibt es nicht zu sagen, sagte der Minister.')).toBeUndefined();
    // A caption ending in a slashed credit after its last sentence, a wire agency's credit; a reading label.
    for (const line of ['Senator Marco Rubio and Donald J. Trump during a debate Saturday. Credit Stephen Crowley/The New York Times', 'Protesters in Kyiv. Photograph: Jane Doe/AP', 'A journalist takes a selfie in Maras, Turkey, February 11, 2023. REUTERS/Issam Abdallah', 'MORE READING: A very awkward photo of the ambassador', 'Further reading:']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Credit Suisse/UBS merger talks', 'The agency said the photo was taken by a Reuters/Ipsos pollster.']) expect(listedFurniture(line), line).toBeUndefined();
    // A site's terms, an affiliate disclosure, an invitation to pass the story on, a way back.
    for (const line of ['Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy', 'The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used.', 'Sometimes we include links to online retail stores. If you click on one and make a purchase we may receive a small commission.', 'Wenn Sie über diese Links kaufen, erhalten wir eine Provision.', 'Like this story? Share it with a friend!', 'Go to Home Page »', 'Back to Gallery']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Dieser Beitrag enthält Affiliate-Links.', 'Transparenz: Dieser Beitrag enthält Affiliate-Links. Wenn du darüber etwas buchst, erhalte ich eine kleine Provision – für dich ändert sich am Preis nichts. Danke, dass du so meinen Blog unterstützt!', 'This post may contain affiliate links.', 'Cet article contient des liens affiliés.', 'Kernel & Circuit may earn a commission when you buy through links on our site.', 'When you purchase through links on our site, we may earn an affiliate commission. Here’s how it works.']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Amazon may earn a commission on links to furniture, the report said.', 'The study found that this post may earn a commission for the influencer.', 'Affiliates of the bank said the deal was fair.']) expect(listedFurniture(line), line).toBeUndefined();
    for (const line of ['The company said we may receive a commission of inquiry into the crash next year, the minister said.', 'If we buy the land, we may receive a commission from the state, he said.', 'Share your thoughts with your doctor before you change a medicine.']) expect(listedFurniture(line), line).toBeUndefined();
    // A blog's comment form and post navigation in WordPress's locales; a newsletter form's consent; a browser's warning.
    for (const line of ['Leave a Reply', 'Please enter your comment!', 'You have entered an incorrect email address!', 'Your email address will not be published.', 'Save my name, email, and website in this browser for the next time I comment.', 'Previous post', 'Schreibe einen Kommentar', 'Deine E-Mail-Adresse wird nicht veröffentlicht.', 'Laisser un commentaire', 'Deja una respuesta', 'By signing up you consent to receive the above newsletter from Postmedia Network Inc.', 'Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.', 'Your web browser is no longer supported. To improve your experience update it here']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Leave a reply to the letter, the mayor said.', 'By signing up you consent to nothing, the lawyer warned, and the court agreed with her in May.']) expect(listedFurniture(line), line).toBeUndefined();
    for (const line of ['258 shares were sold on Monday.', 'The video failed to load on many phones, users said.', 'This video has failed to load, the site said, and the stream ended.', 'Tell us what you think about the plan and we will publish the best answers next week.', 'Berlin | Paris', 'Facebook', 'Contact us']) {
      expect(listedFurniture(line), line).toBeUndefined();
    }
    for (const line of ['Viele Nutzer teilen Videos bei Facebook, sagte sie.', 'Wir teilen die Sorge der Eltern.', 'Share on WhatsApp was the most popular feature, the company said.', 'Mehr anzeigen lassen wollte er nicht.', 'Der Link wurde in die Zwischenablage kopiert, dann stürzte der Rechner ab, und die Daten waren verloren, sagte er.', 'Follow us as we travel across Iceland.', 'Folgen Sie uns auf einer Reise durch Island.', 'Folgen Sie uns nicht blind, warnte der Minister.', 'Seguici in questo viaggio tra le colline.', 'Die Legende besagt, dass der Schatz im See liegt.', 'Teilen Teilen und herrschen, sagte er.']) {
      expect(listedFurniture(line), line).toBeUndefined();
    }
    expect(listedFurniture('The label © 1999 belongs to the band, which sold the rights to a publisher in London last year.')).toBeUndefined();
  });
});

describe('page-furniture: a byline\'s block, a date alone, a role-first bio, tags one a line, slash credits', () => {
  const headline = 'Bondi Beach evacuated after shark spotted metres from swimmers';
  const standfirst = 'Swimmers have been ordered out of the water at one of the country\'s most famous beaches after a large shark was seen beyond the flags.';
  const body = 'Panicked swimmers scrambled from the water on Monday morning after a shark estimated to be three metres long was spotted near the shore.';
  const more = 'Lifeguards sounded the alarm at about 7.15am after a drone operator saw the animal swimming parallel to the beach near the north end.';
  const last = 'The beach reopened shortly before midday after two further drone flights found no sign of the animal in the area.';

  it('takes a byline\'s block under the standfirst: the name without "By", the handle, the outlet, the date', () => {
    const text = `${headline}\n${standfirst}\nEllie Fraser\n@elliefraser_\nFebruary 12, 2024 - 9:48AM\n${body}\n${more}\n${last}\n`;
    expect(removedBy('page-furniture', text)).toEqual(['Ellie Fraser', '@elliefraser_', 'February 12, 2024 - 9:48AM']);
    const two = `${headline}\n${standfirst}\nSophie Marchetti and Liam O’Keefe\nFebruary 27, 2024 - 5:02PM\nNewsBlitz\n${body}\n${more}\n${last}\n`;
    expect(removedBy('page-furniture', two)).toEqual(['Sophie Marchetti and Liam O’Keefe', 'February 27, 2024 - 5:02PM', 'NewsBlitz']);
    // under a headline that reads as a sentence and the standfirst, with its date
    const sentenceHeadline = 'A Town of 900 Built Its Own Internet. Now Its Neighbors Want In.';
    const dated = `${sentenceHeadline}\n${standfirst}\nBy Grace Lindqvist\nReporting from Harlow, Minn.\nMarch 24, 2024\n${body}\n${more}\n${last}\n`;
    expect(removedBy('page-furniture', dated)).toEqual(['By Grace Lindqvist', 'Reporting from Harlow, Minn.', 'March 24, 2024']);
  });

  it('leaves short lines without a name and a date, a subheading among the prose, and a short headline', () => {
    // a subheading and a place between the prose: no byline's block
    expect(removedBy('page-furniture', `${standfirst}\n${body}\nWhat Happens Next\nNorth Bondi\n${more}\n${last}\n`)).toEqual([]);
    // a short headline above the byline stays (the first line is never in a block)
    expect(removedBy('page-furniture', `Storm Cathal\nBy Jane Doe\nMarch 3, 2024\n${body}\n${more}\n${last}\n`)).toEqual(['By Jane Doe', 'March 3, 2024']);
    // names among the prose, below its second sentence, without a date
    expect(removedBy('page-furniture', `${standfirst}\n${body}\n${more}\nAnna Berg\nTom Hale\n${last}\n`)).toEqual([]);
  });

  it('takes a date alone on its line, not a month and a year or a year alone', () => {
    for (const line of ['March 24, 2024', 'Wednesday 20 November 2019 9:22 am', 'Nov. 19, 2019 8:03 am ET', '11.14.2019 09:00 AM', '7 de noviembre de 2024', 'Dienstag, 27. August 2024']) {
      expect(removedBy('page-furniture', `${body}\n${more}\n${line}\n${last}\n`), line).toEqual([line]);
    }
    for (const line of ['March 2024', '2019', 'March 24, 2024: the day the plan died', 'On March 24, 2024 the council met.']) {
      expect(removedBy('page-furniture', `${body}\n${more}\n${line}\n${last}\n`), line).toEqual([]);
    }
  });

  it('takes an author\'s bio that opens with the role, and the name above it, below the prose only', () => {
    for (const bio of ['Corresponsal en Andalucía. Escribe sobre tribunales, sucesos y el campo andaluz.', 'Periodista especializada en medio ambiente y clima.', 'Dziennikarz działu Biznes. Pisze o rynku rolnym, handlu i cenach żywności.', 'Redakteur in der Wirtschaft.', 'Senior editor at the Gazette.']) {
      expect(removedBy('page-furniture', `${body}\n${more}\n${last}\nJavier Olmedo\n${bio}\n`), bio).toEqual(['Javier Olmedo', bio]);
      expect(removedBy('page-furniture', `${body}\n${bio}\n${more}\n${last}\n`), bio).toEqual([]);
    }
    for (const line of ['Reporter Jane Doe said the council would vote again in March.', "Editor's note: this story was updated to include the council's statement.", 'Journalists were not allowed into the building.']) {
      expect(removedBy('page-furniture', `${body}\n${more}\n${last}\n${line}\n`), line).toEqual([]);
    }
  });

  it('takes three tags or more one a line below the prose, not the article\'s own list under its colon', () => {
    expect(removedBy('page-furniture', `${body}\n${more}\n${last}\nGuardia Civil\nJaén\nAceite de oliva\n`)).toEqual(['Guardia Civil', 'Jaén', 'Aceite de oliva']);
    // under their label (the lists' line, which \`boilerplate\` takes)
    expect(removedBy('page-furniture', `${body}\n${more}\n${last}\nTags:\nGuardia Civil\nJaén\nAceite de oliva\n`)).toEqual(['Guardia Civil', 'Jaén', 'Aceite de oliva']);
    expect(removedBy('page-furniture', `${body}\n${more}\nThe three winners were:\nAnna Berg\nTom Hale\nJan Kowalski\n`)).toEqual([]);
    expect(removedBy('page-furniture', `${body}\nGuardia Civil\nJaén\nAceite de oliva\n${more}\n${last}\n`)).toEqual([]);
  });

  it('takes a caption whose credit follows a slash after its last sentence, and a folded credit', () => {
    for (const line of ['Vista del embalse de la Fuensanta, en Albacete, con buena parte de su vaso al descubierto. / Pedro Lacalle', "Entre Ouchy et Flon, le m2 transporte jusqu'à 100'000 voyageurs par jour. Keystone/Nadia Perret", 'Credit...Tomás Ibarra for The American Ledger']) {
      expect(removedBy('page-furniture', `${body}\n${line}\n${more}\n${last}\n`), line).toEqual([line]);
    }
    for (const line of ['The route runs Madrid / Barcelona / Valencia three times a day, the operator said.', 'Prices rose 4% in the year to March. Input/Output Costs were flat.', 'Credit card fees rose by a third last year, the regulator said.']) {
      expect(removedBy('page-furniture', `${body}\n${line}\n${more}\n${last}\n`), line).toEqual([]);
    }
  });
});

describe('page-furniture: an embedded post\'s frame, a call to follow on platforms, a tip line', () => {
  it('takes the frame around an embedded post, not a sentence about skipping a post', () => {
    for (const line of ['Skip twitter post by Calder Valley Raptor Group', 'End of twitter post by Calder Valley Raptor Group', 'Skip YouTube post, 1', 'Allow X content?', 'This article contains content provided by X. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.']) {
      expect(listedFurniture(line), line).toBeDefined();
    }
    for (const line of ['Skip the post office queue by booking online, the council said.', 'Allow more time for your journey.', 'This article contains content provided by the council.']) {
      expect(listedFurniture(line), line).toBeUndefined();
    }
  });

  it('takes a call to follow a named site on two or more platforms, not a report of one', () => {
    for (const line of ['Follow UKBN Yorkshire on Facebook, X and Instagram.', 'Listen to the best of UKBN Radio Leeds on Sounds and follow UKBN Yorkshire on Facebook, X and Instagram.']) {
      expect(listedFurniture(line), line).toBeDefined();
    }
    for (const line of ['Viewers can follow it on YouTube and X.', 'Fans were asked to follow the team on Facebook and X.', 'Follow UKBN Yorkshire on Facebook, the council said.']) {
      expect(listedFurniture(line), line).toBeUndefined();
    }
  });

  it('takes a tip line under the article: a short question and the desk\'s address', () => {
    const body = 'The council voted on Tuesday to close the library on Mondays to save money over the coming year.';
    const more = 'Campaigners said they would appeal against the decision to the regional authority before the summer.';
    expect(removedBy('page-furniture', `${body}\n${more}\nGot a story? Email tips@newsblitz.com.au\n`)).toEqual(['Got a story? Email tips@newsblitz.com.au']);
    expect(removedBy('page-furniture', `${body}\nGot a story? Email tips@newsblitz.com.au\n${more}\n`)).toEqual([]);
  });
});

describe('page-furniture: a forum\'s notices, a share box\'s label, a shop\'s price note', () => {
  it('takes a forum\'s quote expander, reaction score and topic notices, not sentences about a topic', () => {
    for (const line of ['Click to expand...', 'Zum Vergrößern anklicken....', 'Punkte für Reaktionen', 'This topic was automatically closed 14 days after the last reply. New replies are no longer allowed.', 'Questo argomento ha 6 risposte con un tempo di lettura stimato di 3 minuti.', 'Dieses Thema hat 12 Antworten']) {
      expect(listedFurniture(line), line).toBeDefined();
    }
    for (const line of ['This topic has been debated for years.', 'This topic was closed to the press, the minister said.', 'Click to expand the map of the flooded area.']) {
      expect(listedFurniture(line), line).toBeUndefined();
    }
  });

  it('takes a share box\'s label with its colon and a shop\'s price note, not a heading that recommends', () => {
    for (const line of ['Ausstellung weiterempfehlen:', 'Beitrag teilen:', 'zzgl. 5,95 € Versand', 'inkl. MwSt.', 'zzgl. Versandkosten']) expect(listedFurniture(line), line).toBeDefined();
    for (const line of ['Experten empfehlen', 'Ärzte empfehlen: mehr Bewegung im Alltag', 'Inklusive Frühstück kostet das Zimmer 89 Euro.']) expect(listedFurniture(line), line).toBeUndefined();
  });
});

describe('page-furniture: "Read also:" and a post navigation\'s label over a headline, a gallery\'s teaser', () => {
  const body = 'A 67-year-old resident of Minsk lost 4,200 rubles after a call from a man who said he worked for her bank.';
  const more = 'According to the police, the woman transferred her savings to a "safe account" on the same day.';
  it('takes the headline under "Read also:" and under "Next article" (the labels are `boilerplate`\'s), not the article\'s sentence after them', () => {
    expect(removedBy('page-furniture', `${body}\nRead also:\nIn Brest, a student earned on the "drops" and now he is accused in 40 episodes\n${more}\n`)).toEqual(['In Brest, a student earned on the "drops" and now he is accused in 40 episodes']);
    expect(removedBy('page-furniture', `${body}\n${more}\nNext article\nIn Mogilev, a new ice arena will be built by 2025\n`)).toEqual(['In Mogilev, a new ice arena will be built by 2025']);
    // the label alone is \`boilerplate\`'s; the sentence under it stays
    expect(removedBy('page-furniture', `${body}\nNext article\n${more}\n`)).toEqual([]);
  });

  it('takes a gallery\'s teaser under its label with its count', () => {
    expect(listedFurniture('Bildergalerie: Die schönsten Bilder vom Bürgerfest (24 Fotos)')).toBeDefined();
    expect(listedFurniture('Galerie: Die Stadt zeigt 24 Fotos aus dem Archiv im Rathaus.')).toBeUndefined();
  });
});

describe('page-furniture: calls to follow and to subscribe in other languages, funded reporting notes, labelled authors, agency credits, tip lines', () => {
  const body = 'De gemeenteraad heeft dinsdagavond besloten om het zwembad aan de Uiterwaard volgend jaar te renoveren en uit te breiden.';
  const more = 'De werkzaamheden beginnen na de zomer en duren naar verwachting ruim een jaar, meldt de wethouder.';
  it('takes the site\'s call to follow it or to sign up for its newsletter, first on its line, not a sentence about following', () => {
    for (const line of ['Volg De Waalbode ook op Facebook, Instagram en WhatsApp voor het laatste nieuws uit het Rivierenland.', 'Siga o Diário Atlântico no Google Notícias e receba as principais notícias do dia.', 'Polub Głos Brzegu na Facebooku i bądź na bieżąco!', 'Follow BBC Yorkshire on Facebook', 'Subscreva a newsletter Diário Atlântico Manhã e receba as notícias mais importantes todos os dias às 7h00.', 'Schrijf je in voor de nieuwsbrief']) {
      expect(listedFurniture(line), line).toBeDefined();
    }
    for (const line of ['Follow the money on Facebook and you will find the donors.', 'Volgens de politie was de bestuurder onder invloed.', 'Sign up for the marathon closes on Friday, the organisers said.', 'The newsletter reached 40,000 readers last year.']) {
      expect(listedFurniture(line), line).toBeUndefined();
    }
  });
  it('takes the notes of public reporting programmes, not a sentence that names one', () => {
    for (const line of ['The Local Democracy Reporting Service is a public service news agency funded by the BBC and provided by local news organisations.', 'This story was written by Tom Ridley, Local Democracy Reporter, as part of the Local Democracy Reporting Service.', "Daniel Okafor's reporting is funded by the Government of Canada through the Local Journalism Initiative."]) {
      expect(listedFurniture(line), line).toBeDefined();
    }
    expect(listedFurniture('The council said the Local Democracy Reporting Service had asked for the documents in May.')).toBeUndefined();
  });
  it('takes an author under a label and an agency credit in Portuguese below the prose; a tip line in Dutch', () => {
    expect(removedBy('page-furniture', `${body}\n${more}\nAutor: Tomasz Wróbel\n`)).toEqual(['Autor: Tomasz Wróbel']);
    expect(removedBy('page-furniture', `${body}\n${more}\nAbout the Author: Mira Haddad\n`)).toEqual(['About the Author: Mira Haddad']);
    expect(removedBy('page-furniture', `${body}\n${more}\nCom Lusa\n`)).toEqual(['Com Lusa']);
    expect(listedFurniture('Heb je een tip voor de redactie? Mail naar tips@dewaalbode.example of stuur een appje.')).toBeDefined();
    expect(listedFurniture('Stuur een mail naar info@tiel.example om bezwaar te maken tegen het plan.')).toBeUndefined();
  });
  it('takes a contact line below the prose that opens with a question to the reader', () => {
    const en = 'The council voted on Tuesday to close the library on Mondays to save money over the coming year.';
    const en2 = 'Campaigners said they would appeal against the decision to the regional authority before the summer.';
    const line = 'Have you been affected by this story? Get in touch at newsdesk@clydevale.example';
    expect(removedBy('page-furniture', `${en}\n${en2}\n${line}\n`)).toEqual([line]);
    expect(removedBy('page-furniture', `${en}\n${line}\n${en2}\n`)).toEqual([]);
  });
  it('reads more picture credits: "Picture:", "Fotografia:", Polish "fot." in lower case, a reader\'s or the paper\'s file photo', () => {
    for (const line of ['Shannon Regional Hospital. Picture: Declan Moran', 'Manuel Tavares com alguns dos azulejos que doou ao museu. Fotografia: DR', 'Tak bawiono się podczas ubiegłorocznych Dni Brzegu. fot. archiwum Głosu Brzegu', "A tray of banket, one of the bakery's best-known items. Supplied photo", 'Cyclists ride along Stone Road West near the University of Guelph. Daniel Okafor/RoyalCityNow file photo']) {
      expect(endsInPictureCredit(line), line).toBe(true);
    }
    for (const line of ['The picture is clear, the minister said.', 'He supplied photos to the court.']) expect(endsInPictureCredit(line), line).toBe(false);
  });
});

describe('page-furniture: calls to act as buttons, alerts and donation boxes word them; a feedback widget', () => {
  it('takes a button\'s, an alert\'s or a donation box\'s call, not a sentence that reports one', () => {
    for (const line of ['Lokaljournalismus, der bleibt: Jetzt WLA+ testen', 'Alle Testergebnisse freischalten', 'Keine Show von Jonas Wiesental mehr verpassen:', 'Jetzt Fan-Alert aktivieren', 'Unterstütze unsere Arbeit mit einer Spende', 'Support our journalism', 'Teile die Petition:', 'War dieser Artikel hilfreich?', 'Was this article helpful?']) {
      expect(listedFurniture(line), line).toBeDefined();
    }
    for (const line of ['Die Stadt will das Angebot jetzt testen.', 'Jetzt testen viele Schulen das neue Konzept.', 'Die Ergebnisse lassen sich später freischalten, sagte er.', 'Support our troops, the banner read.']) {
      expect(listedFurniture(line), line).toBeUndefined();
    }
  });
});
