import type { Change, CleanContext, CleanPass, CleanRule, TextLine } from '../types.js';
import { bylineLine, bylineMax, isInvitation, isLongDateLine, isProseSentence, listedFurniture, rightsNotice, shareRuns, teaserHeadings } from '../shared/furniture.js';
import { isMonthWord, writesMonthDate } from '../shared/months.js';
import { commentSectionStart, isCommentHeading } from '../shared/comments.js';
import { siteDomain, straightApostrophes } from '../shared/regexp.js';
import { readsLines } from './util.js';

/**
 * `page-furniture`: removes the lines of a plain text (a `.txt`, a JSON text field) or a
 * Markdown document (its extractor keeps every paragraph) that the HTML extractor drops from a
 * page by the same lists (src/shared/furniture.ts), in English,
 * German, French, Spanish, Italian, Portuguese, Polish, Russian, Ukrainian and Indonesian:
 * teaser headings and prefixes ("Lesen Sie auch: …", "Te puede interesar"), picture credits
 * ("Foto: dpa", "Fot. PAP/…", "Photograph: Getty Images"), captions that end in their credit,
 * consent placeholders ("Externer Inhalt nicht verfügbar"), share and comment widgets
 * ("Artikel teilen", "Newsletter abonnieren"), machine-translation notices, the editors' "write
 * to us" with its address, datelines with a clock time ("Aktualisiert: 12.02.2025, 17:45 Uhr")
 * or that say how long ago ("Published 7 hours ago", "vor 3 Stunden"), the headlines under a
 * teaser heading ("You might also like", "Mehr zum Thema"), and a byline, a wire
 * story's credits or an author's bio above the article's first sentence or below its last ("Von
 * Sabine Lorenz", "Written by Jane Doe", "(Reporting by …; Editing by …)"), an author's bio
 * below its last ("Phil Helsel is a reporter for NBC News."), the reporters and agencies a story
 * credits outside its prose ("Keith Bradsher contributed reporting from Hong Kong.", "Mit
 * Material von dpa"), an editor's sign-off alone ("(dmk)", "(NTB)"), the author's contact below
 * its last sentence ("Write to Al Root at al.root@example.com"), a line of tags below its last
 * ("Politics, Europe, Elections"), a republication notice ("Original story reprinted with
 * permission from …"), and the readers' comments below the article, from their heading ("3
 * thoughts on “…”", "Kommentare (12)") to the end of the text.
 *
 * Notes:
 * - Whole lines only, each test as the extractor applies it: a listed phrase is the whole line
 *   (60 characters at most), a prefix starts a line of 200 at most, a dateline has a year and a
 *   clock time and no sentence end. "Lesen Sie auch die Stellungnahme der Stadt, die …" stays.
 * - A byline between two sentences of prose stays: a line of capitalized words after "By" there
 *   may be a subheading ("By The Numbers") or the credit of a list's item.
 * - The line classifier does not read this rule's removals (it is not in its `sees`): it judges
 *   a line's neighbours as they were on the page it learned from, where such lines stood.
 * - In a piece of a large plain text (over 8 MB, cut into pieces), only the tests of a line by
 *   itself and its neighbours run: a byline, a bio, tags, a contact or a comment section are
 *   told by where the article's prose begins and ends, which a piece does not know.
 */
export const pageFurniture: CleanRule = {
  id: 'page-furniture',
  stage: 'clean',
  severity: 'error',
  fixable: true,
  summary: 'Lines of a plain text or Markdown that the HTML extractor drops by its lists, in ten languages: "Lesen Sie auch: …", "Foto: dpa", "Artikel teilen", datelines, bylines',
  label: 'Page furniture the extractor would drop',
  // Not `caption`: a line its removal leaves ("ADVERTISEMENT" after "(Photo: Reuters)") is the
  // next round's, where the rule that names it (`ad-marker`) ranks first.
  sees: ['mojibake', 'invisible-char', 'ad-marker', 'boilerplate'],
  propose(_text: string, ctx: CleanContext, pass: CleanPass): Change[] {
    if (!readsLines(ctx)) return [];
    // In a piece of a large text, where a line stands in the document is unknown: only the
    // tests of a line by itself and its neighbours run (not a byline's, a bio's or a comment
    // section's, which read where the article's prose begins and ends).
    const placed = ctx.piece !== true;
    const changes: Change[] = [];
    const viewOf = pass.views();
    const lines = pass.lines;
    // Each line as the rules it sees leave it, with its closing punctuation as stray-punctuation
    // will leave it ("by Minsk. ." and "7 hours ago ." are "by Minsk." and "7 hours ago."): a
    // repair in place makes no new round, so the rule must not wait for it.
    const long = (l: TextLine) => l.trimEnd - l.trimStart > maxLine;
    const texts = lines.map((l) => (l.trimEnd === l.trimStart || long(l) ? '' : viewOf(l).text.replace(strayEnd, '$1')));
    const ownLines = ctx.plain === true || ctx.piece === true;
    const furniture = (text: string) => listedFurniture(text) ?? (isLongDateLine(text) ? 'a dateline' : undefined) ??
      (ownLines && text.length <= 24 && numberLine.test(text) ? 'a count, a page number or a player\'s time alone' : undefined) ??
      (ownLines && text.length <= signatureMax && text.startsWith('(') && signatureLine.test(text) ? 'a signature or a credit alone in parentheses: an author\'s or an agency\'s name or initials' : undefined) ??
      (ownLines && text.length <= staffCreditMax && staffCredit.test(text) ? 'a credit of the story\'s staff under its label: its editor, its text\'s or its pictures\' author' : undefined) ??
      (ownLines && text.length <= copyrightMax && copyrightOpens.test(text) && (rightsNotice.test(text) || reproductionBanned.test(text)) ? 'the site\'s copyright notice, with its terms' : undefined) ??
      (ownLines && isDateAlone(text) ? 'a date alone on its line: the story\'s dateline' : undefined) ??
      (ownLines && text.length <= 32 && handleAlone.test(text) ? 'a social media handle alone on its line: the author\'s' : undefined) ??
      (ownLines && text.length <= 100 && creditEllipsis.test(text) ? 'a picture credit under its label' : undefined) ??
      (ownLines ? slashCreditedCaption(text) : undefined);
    // Lines longer than the lists' tests read, up to `bioMax`: an author's bio, a republication notice.
    const longView = pass.views();
    const longTexts = lines.map((l) => (long(l) && l.trimEnd - l.trimStart <= bioMax ? longView(l).text : ''));
    const bios = lines.map((l, j) => {
      const t = long(l) ? longTexts[j]! : texts[j]!;
      return l.trimEnd - l.trimStart <= bioMax && (authorBio.test(t) || isRoleBio(t));
    });
    // Each line's tests, run once: the prose's bounds and the walk below both read them.
    const full = (j: number) => texts[j] || longTexts[j]!;
    const furnitureOf = once(lines.length, (j) => furniture(full(j)));
    const credit = once(lines.length, (j) => isCreditLine(full(j)));
    const contact = once(lines.length, (j) => isContactLine(full(j)));
    // Where the prose is (looked for only when a line reads as a byline), on the text that comes
    // out (a sentence the lists remove is no prose): a byline above the first sentence of it or
    // below the last is furniture. An author's bio is a sentence, but not the article's: not
    // prose for this test (nor is a dated byline).
    let prose: number[] | undefined;
    // A story's credits and its author's contact are sentences too, but not the article's.
    const proseLines = () => (prose ??= lines.flatMap((l, j) => (!bios[j] && (long(l) ? isProseSentence(l.text) : isProseSentence(texts[j]!) && furnitureOf(j) === undefined && !isByline(texts[j]!)) && !credit(j) && !contact(j)) ? [j] : []));
    const outside = (k: number) => {
      const at = proseLines();
      return at.length === 0 || k < at[0]! || k > at[at.length - 1]!;
    };
    // A name below the article's last sentence that stands above the author's bio signs the
    // article; not one of a list of names: no other name stands between it and the sentence (a
    // caption may, which a later round removes). Not a name that merely ends the text: what
    // follows it may be a line that a rule this one does not see removes in a later round, and
    // a second cleaning would take the name then.
    const signs = (k: number) => {
      const at = proseLines();
      for (let p = at[at.length - 1]! + 1; p < k; p++) if (nameLine.test(texts[p]!)) return false;
      const j = nextLine(k);
      return j !== undefined && bios[j]!;
    };
    // A byline under the standfirst, the one sentence above it, is a byline above the article
    // when the story's body, two sentences or more, follows it.
    const opening = (k: number) => {
      const at = proseLines();
      return outside(k) || (at.length > 2 && at[0]! < k && at[1]! > k);
    };
    // The next line that is not blank, in the source.
    const nextLine = (k: number) => {
      let j = k + 1;
      while (j < lines.length && lines[j]!.trimEnd === lines[j]!.trimStart) j++;
      return j < lines.length ? j : undefined;
    };
    const dated = (j: number | undefined) => j !== undefined && isDateLine(full(j) || raw[j]!.trim());
    // A bio goes below the article only: above it, "Jane Doe is a reporter who …" may be the
    // lede of a story about her.
    const below = (k: number) => {
      const at = proseLines();
      return at.length > 0 && k > at[at.length - 1]!;
    };
    const raw = lines.map((l) => l.text);
    const teased = teasedLines(raw, texts, lines.map(long));
    const commented = placed ? commentSection(raw, proseLines) : [];
    const shared = shareRuns(texts);
    const polled = pollQuestions(texts);
    const kickers = kickerTeasers(texts, proseLines);
    const labelled = labelledTeasers(texts, proseLines);
    // Under a headline that reads as a sentence and the standfirst: two sentences above, the
    // story's body below.
    const early = (k: number) => {
      const at = proseLines();
      // prose lines above k: at most two, so the third's index says it
      const above = at.length > 2 && at[2]! < k ? 3 : at.filter((p) => p < k).length;
      return above <= 2 && at.length - above >= 2;
    };
    const bylined = placed ? bylineRuns(raw, full, opening, early, proseLines, ctx.title) : [];
    const tagged = placed ? tagRuns(raw, texts, lines.map(long), below, (j) => furnitureOf(j) !== undefined) : [];
    // The lines removed, in order, each on a walk of its own: `viewOf` has walked them all.
    const pieceOf = pass.views();
    for (const [k, line] of lines.entries()) {
      const text = texts[k]!;
      if (commented[k] !== undefined) {
        for (const [start, end] of pieceOf(line).pieces) changes.push({ rule: pageFurniture.id, start, end, replacement: '', reason: commented[k] });
        continue;
      }
      if (placed && bios[k] && below(k)) {
        for (const [start, end] of pieceOf(line).pieces) changes.push({ rule: pageFurniture.id, start, end, replacement: '', reason: 'an author\'s bio below the article\'s prose' });
        continue;
      }
      // A long line is tested by the lists alone (a republication notice is their one long kind).
      if (text === '' && longTexts[k] === '') continue;
      const reason = furnitureOf(k) ?? teased[k] ?? shared[k] ?? polled[k] ?? kickers[k] ?? labelled[k] ?? bylined[k] ?? tagged[k] ??
        (placed && isByline(text) && opening(k) ? 'a byline outside the article\'s prose' : undefined) ??
        (placed && nameLine.test(text) && text !== ctx.title && opening(k) && dated(nextLine(k)) ? 'a byline: a name alone above the story\'s date and time' : undefined) ??
        (placed && nameLine.test(text) && text !== ctx.title && below(k) && signs(k) ? 'a byline: a name alone below the article\'s prose, above its author\'s bio' : undefined) ??
        (placed && opening(k) && (datedName(text) || sourceByline.test(text)) ? 'a byline: a name with the story\'s date and time, or with the site\'s address' : undefined) ??
        (placed && credit(k) && outside(k) ? 'a credit line outside the article\'s prose' : undefined) ??
        (isSignOff(text) ? 'an editor\'s or an agency\'s sign-off alone' : undefined) ??
        (placed && contact(k) && below(k) ? 'the author\'s contact below the article\'s prose' : undefined) ??
        (placed && isTagLine(text) && below(k) ? 'a line of tags below the article\'s prose' : undefined) ??
        datedCaption(full(k));
      if (reason === undefined) continue;
      for (const [start, end] of pieceOf(line).pieces) changes.push({ rule: pageFurniture.id, start, end, replacement: '', reason });
    }
    return changes;
  },
};

/**
 * A comment section in a plain text: from its heading ("3 thoughts on “City council approves new
 * bike lanes”", "Kommentare (12)"), below the article's first sentence of prose, to the end of
 * the text, when a comment's header ("Maria Keller says:", "GuterMensch vor 3 Stunden") or its
 * date ("March 3, 2016 at 10:15 am") follows the heading within a few lines (see
 * src/shared/comments.ts). The readers' comments are sentences, but not the article's; the
 * comment form below them is the lists' ("Leave a Reply"). A heading without a comment after
 * it, or above the article's prose, stays.
 */
function commentSection(raw: readonly string[], proseLines: () => number[]): Array<string | undefined> {
  const out: Array<string | undefined> = new Array(raw.length).fill(undefined);
  if (!raw.some((l) => isCommentHeading(l.trim()))) return out;
  const prose = proseLines();
  const start = prose.length === 0 ? -1 : commentSectionStart(raw, prose[0]!);
  if (start < 0) return out;
  const reason = 'the readers\' comments, from their heading to the end of the text';
  for (let j = start; j < raw.length; j++) if (raw[j]!.trim() !== '') out[j] = reason;
  return out;
}

/** `test` of each line index, computed on first use and kept. */
function once<T>(n: number, test: (j: number) => T): (j: number) => T {
  const done = new Array<boolean>(n).fill(false);
  const values = new Array<T>(n);
  return (j) => {
    if (!done[j]) {
      values[j] = test(j);
      done[j] = true;
    }
    return values[j] as T;
  };
}

/** A heading's words as `teaserHeadings` lists them: lower case, without a colon or full stop after up to two blanks. */
const headingEnd = /\s{0,2}[:.]?$/u;
/**
 * A blog's link to the post before or after this one, its label on a line of its own above the
 * other post's headline ("Next article" / "In Mogilev, a new ice arena will be built by 2025"),
 * in the lists' languages: a teaser heading over one headline.
 */
const postNavigation = [
  'next article', 'previous article', 'next post', 'previous post', 'next story', 'previous story', 'nächster artikel', 'vorheriger artikel',
  'nächster beitrag', 'vorheriger beitrag', 'article suivant', 'article précédent', 'artículo siguiente', 'artículo anterior', 'entrada siguiente',
  'entrada anterior', 'articolo successivo', 'articolo precedente', 'próximo artigo', 'artigo anterior', 'następny artykuł', 'poprzedni artykuł',
  'następny wpis', 'poprzedni wpis', 'следующая статья', 'предыдущая статья', 'наступна стаття', 'попередня стаття',
];
const teaserHeadingSet: ReadonlySet<string> = new Set([...teaserHeadings, ...postNavigation]);
/** A heading that names the outlet ("More from The Daily Planet:"). */
const moreFrom = /^more from [\p{L}\p{N} .'’&-]{1,40}\s{0,2}[:.]?$/iu;
/** A teaser heading of a section ("Most Read in Ireland", "Latest from Sport"): its name capitalized ("More in Common" is a name, and stays). */
const sectionTeaser = /^(?:[Mm]ost (?:[Rr]ead|[Pp]opular|[Vv]iewed)|[Ll]atest|[Tt]op [Ss]tories|[Tt]rending) (?:in|from) \p{Lu}[\p{L}&'’ -]{1,30}\s{0,2}:?$/u;
/**
 * A heading over a list of other articles' headlines: one of the shared list's (`teaserHeadings`:
 * "You might also like", "Mehr zum Thema", "Lire aussi :", in the lists' languages), "More
 * from <outlet>", or one of a section ("Most Read in Ireland", "Latest from Sport").
 */
function isTeaserHeading(text: string): boolean {
  return teaserHeadingSet.has(straightApostrophes(text.toLowerCase()).replace(headingEnd, '')) || moreFrom.test(text) || sectionTeaser.test(text);
}
/** Headlines under a teaser heading are taken up to this many. */
const maxTeased = 12;

/**
 * The lines under a teaser heading that read as headlines: each line after it (blank lines and
 * lines other rules remove skipped) that is not a sentence of prose (at most 18 words, not ending
 * with a full stop, an exclamation mark or a colon), up to `maxTeased`, until a sentence or another
 * heading; not the last one above a sentence, which may be the article's subheading where it
 * goes on after the box; a long line ends the list too. The heading goes too when no list names
 * it, and alone when it is the text's last line (its list gone with the page's links). `raw`:
 * the lines' texts; `texts`: as the rules this one sees leave them ('' for a line they
 * remove); `long`: whether a line is longer than the rule's tests read (prose).
 */
function teasedLines(raw: readonly string[], texts: readonly string[], long: readonly boolean[]): Array<string | undefined> {
  const teased: Array<string | undefined> = new Array(raw.length).fill(undefined);
  for (let k = 0; k < raw.length; k++) {
    const heading = raw[k]!.trim();
    if (heading.length > 60 || !isTeaserHeading(heading)) continue;
    const items: number[] = [];
    let j = k + 1;
    for (; j < raw.length && items.length < maxTeased; j++) {
      const t = texts[j]!;
      if (long[j]) break;
      if (t === '') continue;
      if (isTeaserHeading(t) || !isHeadline(t)) break;
      items.push(j);
    }
    // The last line above a sentence may be the article's own subheading, back after the box;
    // not when it is the only one and reads as another story's headline (a box is not empty).
    if (j < raw.length && items.length < maxTeased && (long[j] || !isTeaserHeading(texts[j]!)) && !(items.length === 1 && storyHeadline(texts[items[0]!]!))) items.pop();
    // A heading last in the text, its list gone with the page's links ("More from The Gazette:").
    if (items.length === 0 && texts.slice(k + 1).every((t, d) => t === '' && !long[k + 1 + d])) {
      teased[k] = 'a teaser heading last in the text, nothing under it';
      continue;
    }
    if (items.length === 0) continue;
    for (const i of items) teased[i] = `a headline under a teaser heading (“${heading}”)`;
    teased[k] = 'a teaser heading over headlines';
    k = items[items.length - 1]!;
  }
  return teased;
}

/**
 * A line that reads as another story's headline rather than a subheading: seven words or more
 * ("Schloss Drachenburg: Weihnachtsmarkt zieht Tausende Besucher an"), or a kicker and a colon
 * before five or more ("Gastro-Bilanz: Wiener Wirte mit Umsatzplus im Vorjahr"). An article's
 * subheadings are mostly shorter ("Die Kosten", "What happens next").
 */
function storyHeadline(text: string): boolean {
  const words = text.split(/\s+/u).length;
  return words >= storyHeadlineWords || (words >= kickerHeadlineWords && /^[^:]{2,40}:\s/u.test(text));
}
const storyHeadlineWords = 7;
const kickerHeadlineWords = 5;

/** A poll's answers between its question and its invitation: at most this many. */
const maxAnswers = 6;

/**
 * A poll's button, alone on its line, in the lists' languages ("Vote now", "View results",
 * "Jetzt abstimmen", "Ergebnis anzeigen", "Votar"): under a question and its answers it ends a
 * poll as an invitation does, and goes with it.
 */
const pollButton = /^(?:vote|vote now|cast your vote|submit(?: (?:your )?vote)?|view results|see results|show results|abstimmen|jetzt abstimmen|ergebnis(?:se)? (?:anzeigen|ansehen)|voter|votez|voir les résultats|votar|vota(?:re)?|ver resultados|vedi i risultati|głosuj|zobacz wyniki|stem|stemmen|nu stemmen|bekijk (?:de )?(?:resultaten|uitslag)|голосовать|проголосовать|результаты|голосувати|проголосувати|результати)[.!]?$/iu;

/** A poll's label, alone above its question or before it ("POLL: Is Ridgeway State an NCAA tournament team?"). */
const pollWords = 'poll|survey|umfrage|sondage|encuesta|sondaggio|ankieta|sondagem|enquete|peiling|опрос|опитування';
const pollLabel = new RegExp(`^(?:${pollWords}|голосування)$`, 'iu');
const labelledPoll = new RegExp(String.raw`^(?:${pollWords})\s?:\s?\S.{0,200}\?["'”’»)]?$`, 'iu');

/**
 * A poll above its invitation ("Would you use a new skate park?" / "Yes" / "No" / "Share your
 * opinion") or its button ("Vote now"): the question (a line ending with "?", at most 25
 * words) and the short answers between it and the invitation (at most `maxAnswers` lines of at
 * most 8 words), blank lines and lines other rules remove skipped, and the button with them,
 * and the poll's label alone above the question ("Опитування"). The invitation is the lists'; a
 * question with no invitation or button under it stays, unless the poll's label begins it ("POLL:
 * Is Ridgeway State an NCAA tournament team?") and two short answers or more follow it.
 */
function pollQuestions(texts: readonly string[]): Array<string | undefined> {
  const out: Array<string | undefined> = new Array(texts.length).fill(undefined);
  texts.forEach((t, k) => {
    const button = t.length <= 40 && pollButton.test(t);
    if (t === '' || (!button && !isInvitation(t))) return;
    const answers: number[] = [];
    for (let j = k - 1; j >= 0; j--) {
      const above = texts[j]!;
      if (above === '') continue;
      const words = above.split(/\s+/u).length;
      if (/\?["'”’»)]?$/u.test(above) && words <= 25) {
        // a question with no answers above a button is a reader's question over a link ("Vote")
        if (button && answers.length === 0) return;
        out[j] = 'a poll\'s question above its invitation';
        for (const a of answers) out[a] = 'a poll\'s answer above its invitation';
        if (button) out[k] = 'a poll\'s button under its question and answers';
        // its label above it ("Umfrage")
        let l = j - 1;
        while (l >= 0 && texts[l] === '') l--;
        if (l >= 0 && pollLabel.test(texts[l]!)) out[l] = 'a poll\'s label above its question';
        return;
      }
      if (answers.length >= maxAnswers || words > 8) return;
      answers.push(j);
    }
  });
  // A question under the poll's label on its own line ("POLL: Is … ?"), and the short answers
  // under it (at least two, at most `maxAnswers` lines of at most 8 words, not sentences).
  texts.forEach((t, k) => {
    if (t === '' || out[k] !== undefined || !labelledPoll.test(t) || t.split(/\s+/u).length > 26) return;
    const answers: number[] = [];
    for (let j = k + 1; j < texts.length && answers.length < maxAnswers; j++) {
      const below = texts[j]!;
      if (below === '') continue;
      if (below.split(/\s+/u).length > 8 || /[.!…]["'”’»)]?$/u.test(below)) break;
      answers.push(j);
    }
    if (answers.length < 2) return;
    out[k] = 'a poll\'s question under its label';
    for (const a of answers) out[a] = 'a poll\'s answer under its labelled question';
  });
  return out;
}

/**
 * A headline: words, at most 18, not a sentence that ends with a full stop or an exclamation
 * mark, nor one that ends with a colon (the article's lead-in to its own list: "… betrifft die
 * Lücke folgende Geräte:").
 */
function isHeadline(line: string): boolean {
  if (/[.!…:]["'”’»“«)]?$/u.test(line) || !/\p{L}/u.test(line)) return false;
  return line.split(/\s+/u).length <= 18;
}

/**
 * A news photo's caption as the agencies write it (AP's style, which US papers and their feeds
 * carry): what the picture shows, a comma, the weekday and the full date, and where: "Former Gov.
 * Deval Patrick, left, speaks with a business owner during a campaign stop, Tuesday, Nov. 19,
 * 2019, in Columbia, S.C." An article's sentence says "on Tuesday" and leaves out the year; a
 * dateline ("WASHINGTON, Tuesday, …") has no six words before the date. The reason, or undefined.
 *
 * Notes:
 * - At least six words before the date and at most 60 in all: a caption may add a sentence of
 *   context ("… in Rome, Monday, July 4, 2016. Italian authorities on Monday were investigating
 *   …"), a paragraph is longer.
 * - The date is followed by a comma, a full stop, a credit in parentheses or the line's end.
 * - On the labelled lines of both HTML benchmarks the shape holds 20 junk lines (captions on
 *   eight sites, 2019–2025) and no article line; neither truth holds such a line.
 * - Here, not in `caption`: the line classifier reads the lines `caption` removes, and a rule it
 *   reads changes what it learns; a whole caption line is page furniture as the "(pictured)"
 *   captions above are.
 */
function datedCaption(line: string): string | undefined {
  if (line === '' || line.length > 480 || !line.includes('day, ')) return undefined;
  const m = datedCaptionShape.exec(line);
  if (!m || m[1]!.split(/\s+/u).length < 6 || line.split(/\s+/u).length > maxDatedCaptionWords) return undefined;
  return `a news photo's caption, dated as agencies date them (“${m[2]}”)`;
}
const weekday = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const monthName = String.raw`Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|January|February|March|April|May|June|July|August|September|October|November|December`;
const datedCaptionShape = new RegExp(String.raw`^(\S.*?), ((?:${weekday}), (?:${monthName}) \d{1,2}, (?:19|20)\d\d)(?=[,.]|\s*\(|\s*$)`, 'u');
const maxDatedCaptionWords = 60;

/** Punctuation ending a line, after a blank or doubled (spaced or not): its first mark is kept. */
const strayEnd = /\s*([.,;:!?…])(?:\s*[.,;:!?…])*\s*$/u;

/**
 * A line that is only a count, a page number or a player's time ("3", "1,204", "18.3k", "00:00",
 * "0:00 / 48:12"), as the extractor drops such paragraphs (assemble.ts, `counter`); not a year
 * alone ("2019" may head a timeline's section) and not an enumerator with its dot ("1."). In a
 * plain text only: in Markdown it may be a heading (a listicle's "<h4>02</h4>"), which the
 * extractor keeps.
 */
const numberLine = /^(?:[+-]?(?:\d{1,3}|\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d{1,3}(?:[.,]\d)?[kKmM])|\d{1,2}:\d\d(?::\d\d)?(?:\s*\/\s*\d{1,2}:\d\d(?::\d\d)?)?)$/u;

/**
 * A line that is only a name in parentheses, at most four words of letters, the first
 * capitalized ("(Sato Yui)", "(Getty Images)", "(The FA via Getty Images)"; initials in lower
 * case are `isSignOff`'s): a story's signature or a picture's credit. Not a roman numeral ("(IV)",
 * an item of a list). In a plain text only: a page's paragraph is the extractor's to judge.
 */
const signatureLine = /^\((?![IVXLC]+\))\p{Lu}[\p{L}.'’\/-]*(?:\s[\p{L}.'’\/-]+){0,3}\)$/u;
const signatureMax = 40;
/**
 * A credit of the story's staff, alone on its line, as Chinese papers print it, translated, and
 * others: the label, then the name ("(Editor in charge: Ma Xiaoyun)", "Responsible editor: Li
 * Wei", "Text/Southern Industry Net reporter Liang Zhiwei", "Text and photos / Anna Berg"). A
 * sentence does not open with "Text/".
 */
const staffCredit = /^(?:\(?(?:[Ee]ditors? in charge|[Rr]esponsible editor|[Ee]xecutive editor|[Ee]ditor|[Pp]roofread(?:ing|er)|[Rr]eviewer|[Tt]ranslator|[Tt]ranslation)\s?[:：]\s?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\)?|(?:Text|Words|Text and photos?|Text & photos?)\s?\/\s?\p{Lu}[^.!?/]{1,80})$/u;
const staffCreditMax = 120;

/**
 * A site's copyright notice on a line of its own, with its terms after it, longer than
 * `boilerplate` reads ("© Correio da Beira, 2024. Todos os direitos reservados. É proibida a
 * reprodução, total ou parcial, …"): it opens with "©" or "Copyright" and says the rights are
 * reserved (`rightsNotice`) or that its content may not be reproduced.
 */
const copyrightOpens = /^(?:©|\(c\)\s|copyright\b)/iu;
const copyrightMax = 400;
/** A ban on reproducing the site's content, as a copyright notice words it without "all rights reserved" ("Queda prohibida la reproducción total o parcial …"). */
const reproductionBanned = /(?<!\p{L})(?:(?:queda |está )?prohibida (?:la )?reproducción|(?:é |está )?proibida a reprodução|(?:è )?vietata (?:la )?riproduzione|riproduzione riservata|reproduction (?:interdite|prohibited|(?:is )?(?:strictly )?(?:forbidden|prohibited))|(?:may|must) not be (?:reproduced|republished)|nachdruck (?:nur|verboten))(?!\p{L})/iu;

/** No line this rule tests is longer (the extractor's longest test: a prefix on 200 characters). */
const maxLine = 240;
/** An author's bio is tested on lines of at most this many characters (two or three sentences). */
const bioMax = 600;

/**
 * A wire story's credits, in English: "(Reporting by Will Dunham; Editing by Tom Brown)",
 * "Additional reporting by Joseph Hudak", "Writing by David Clarke; Editing by Alex Richardson",
 * "Illustration by Arina Kokoreva": a role (reporting, writing, editing, research, graphics,
 * illustration, photography …), "by" and a capitalized name, first on the line, in parentheses
 * or not, and no sentence inside. Taken outside the article's prose only, as a byline.
 */
const creditLine = /^(?:[—–-]\s?)?\(?(?:[Ww]ith )?(?:(?:[Aa]dditional|[Ee]xtra) )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch|[Gg]raphics|[Pp]roduction|[Tt]ranslation|[Ff]act[- ]checking|[Pp]hotography|[Ii]llustrations?)(?: and (?:writing|editing|reporting))? by \p{Lu}[^.!?]{0,200}(?:\.\)?|\)\.?)?$/u;

/**
 * The reporters and agencies a story credits at its end, a sentence of their own: "Keith Bradsher
 * contributed reporting from Hong Kong.", "Associated Press writers Alan Fram and Zeke Miller
 * contributed to this report.", "—Fox News’ Jane Doe contributed to this story."; in German,
 * Spanish and French by the agencies' names ("Mit Material von dpa und AFP", "Mit
 * Agenturmaterial.", "Con información de EFE", "Avec AFP"). Taken outside the article's prose
 * only, as a credit line: "Researchers from Oxford contributed to this report." may be a sentence
 * about a report.
 */
const contributedLine = /^(?:[—–-]\s?)?\p{Lu}[^!?]{0,300}? contributed (?:additional )?(?:reporting|research|to (?:this|our) (?:report|story|article|coverage))(?: (?:from|in) \p{Lu}[\p{L}.'’ ,-]{1,60})?\.?$/u;
/** A sentence end inside a line: a word of two lower-case letters or more, then a full stop and a capital ("… said. The …"), not an initial ("John F. Kennedy"). */
const innerSentenceEnd = /\p{Ll}{2}[.!?]["”’]?\s+\p{Lu}/u;
const sourceAgency = String.raw`(?:dpa|AFP|AP|Reuters|KNA|epd|sda|SDA|APA|SID|dts|EFE|Europa Press|ANSA|Belga|ANP|AFX|Bloomberg|Lusa)`;
const agencySource = new RegExp(
  String.raw`^\(?(?:[Mm]it Agenturmaterial|[Mm]it (?:Material|Informationen) (?:von|der|aus)(?: (?:den |der )?(?:Nachrichten)?[Aa]genturen?)? ${sourceAgency}(?:\s?(?:,|\/|und|sowie)\s?${sourceAgency}){0,5}|[Cc]on (?:información|informaciones) de ${sourceAgency}(?:\s?(?:,|\/|y)\s?${sourceAgency}){0,5}|[Aa]vec (?:${sourceAgency}|agences)(?:\s?(?:,|\/|et)\s?${sourceAgency}){0,5}|[Cc]om (?:a |as )?(?:${sourceAgency}|agências|Lusa)(?:\s?(?:,|\/|e)\s?${sourceAgency}){0,5})\)?\.?$`,
  'u',
);

/** Whether a line is a story's credit of its reporters or agencies (`creditLine`, `contributedLine`, `agencySource`). */
function isCreditLine(line: string): boolean {
  if (creditLine.test(line) || agencySource.test(line)) return true;
  if (!line.includes(' contributed ') || !contributedLine.test(line)) return false;
  return !innerSentenceEnd.test(line.slice(0, line.indexOf(' contributed ')));
}

/**
 * A sign-off alone on its line: an editor's initials or an agency's name in parentheses, "(dmk)",
 * "(NTB)", "(dpa/AFP)", "(red)", as German and Nordic sites end a story, or after a slash
 * ("/atm"). Not a roman numeral ("(ii)", an item of a list).
 */
const signOff = /^\((?:\p{Ll}{2,4}|\p{Lu}{2,5}|dpa-AFX)(?:\s?[\/,]\s?(?:\p{Ll}{2,4}|\p{Lu}{2,5}|dpa-AFX)){0,3}\)$/u;
function isSignOff(line: string): boolean {
  return line.length <= 40 && ((signOff.test(line) && !/^\((?:[ivxlc]+|[IVXLC]+)\)$/u.test(line)) || slashInitials.test(line));
}
/** An editor's initials after a slash, as Philippine papers sign a story ("/atm", "/jpv"). */
const slashInitials = /^\/\p{Ll}{2,4}$/u;

/**
 * An author's contact under a story: a line that gives an e-mail address, an @handle or a social
 * link, each of its sentences asking or telling how to reach the author or the desk: "Write to Al
 * Root at allen.root@dowjones.com", "Email Tariq Malik at tmalik@space.com or follow him
 * @tariqjmalik.", "Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com. Follow
 * her on Twitter @AmyKup or on Facebook.", "Do you have a story to tell? Email:
 * jane.doe@example.com", "Reach the reporters on Twitter at http://twitter.com/…". Taken below
 * the article's last sentence only.
 */
const contactName = String.raw`(?:\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}|us|me|him|her|them|the (?:author|authors|reporter|reporters|writer|writers|newsroom|news desk|editors?))`;
const contactSentences: ReadonlyArray<{ test(sentence: string): boolean }> = [
  // a question to the reader before the address ("Have you been affected by this story?", "Got a good news story from your school?")
  /^(?:[Hh]ave you|[Aa]re you|[Dd]o you|[Dd]id you|[Gg]ot an?)\s[^?]{0,80}\?$|^(?:[Hh]ave|[Gg]ot) a (?:news )?(?:tip|story|story idea)\?$|^[Dd]o you have a (?:story|tip|news tip|story idea)[^?]{0,40}\?$|^[^?]{0,80}\b(?:in|near) your area\?$/u,
  new RegExp(String.raw`^(?:[Ww]rite to|[Ee]-?mail|[Cc]ontact|[Rr]each|[Mm]essage|[Gg]et in touch with|[Yy]ou can (?:reach|contact|e-?mail|write to))\s${contactName}\s(?:at|on|via|by)\s[^!?]{1,200}$`, 'u'),
  new RegExp(String.raw`^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3} (?:may|can) be (?:reached|contacted|e-?mailed) (?:at|on|via|by)\s[^!?]{1,200}$`, 'u'),
  new RegExp(String.raw`^(?:[Aa]nd )?(?:[Ff]ollow|[Yy]ou can follow) (?:${contactName}|@[\p{L}\p{N}_]{2,30}) (?:on|at|@)[^!?]{1,160}$`, 'u'),
  /^(?:[Ee]-?[Mm]ail|E-MAIL|EMAIL|[Tt]ips?|[Cc]ontact)\s?:\s?\S+@\S+$|^[Gg]et in touch (?:at|on|via)\s[^!?]{1,120}$/u,
  // the desk's address, and its telephone or not ("Email newsdesk@example.com or call 417-555-0188")
  /^(?:[Ee]-?[Mm]ail|[Ww]rite to|[Cc]ontact)\s[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}(?:\s(?:or|oder|ou|o)\s(?:call|phone|text|ring|rufen sie|appelez|llame)\s[+\d][\d\s().\/-]{5,20}(?:\sa[nu])?)?$/u,
  // a reporter's name and role with the address, as Korean and German papers sign
  { test: signedAddress },
];

/** A line that ends in an e-mail address, in parentheses or brackets or not: what stands before it. */
const addressLast = /^(.{2,80}?),?\s?[(<]?[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}[)>]?$/u;
const nameWord = /^\p{Lu}[\p{L}'’.-]+$/u;
/**
 * A reporter's name of two to four capitalized words and job (`roleWord`), before or after the
 * name, then the address ("Park Ji-hoon reporter (jhpark@example.com)", "Reporterin Anna Berg,
 * anna.berg@example.de", "Tom Hale, Staff Writer <tom.hale@example.com>").
 */
function signedAddress(line: string): boolean {
  const m = addressLast.exec(line);
  if (!m) return false;
  const words = m[1]!.replace(/,/gu, ' ').trim().split(/\s+/u);
  const named = (name: readonly string[]) => name.length >= 2 && name.length <= 4 && name.every((w) => nameWord.test(w));
  if (roleWord.test(words[0]!) && named(words.slice(1))) return true;
  return [1, 2].some((n) => named(words.slice(0, -n)) && roleWord.test(words.slice(-n).join(' ')));
}
const contactAddress = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|(?<![\p{L}\p{N}])@[\p{L}\p{N}_]{2,30}|https?:\/\/|www\./u;
const contactMax = 400;
function isContactLine(line: string): boolean {
  // Every address holds one of these: most lines are let go without the pattern's scan, which
  // starts again at each letter.
  if (line.length > contactMax || !(line.includes('@') || line.includes('://') || line.includes('www.')) || !contactAddress.test(line)) return false;
  const sentences = line.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  return sentences.every((x) => {
    const sentence = x.replace(/[.\s]+$/u, '').replace(/^[—–-]\s?/u, '');
    return contactSentences.some((re) => re.test(sentence));
  });
}

/**
 * A name of two to four words ("Jane Doe", "Ana de la Cruz"); not one that begins with an
 * article or a possessive ("Der Mann ist Reporter …" is a sentence about him).
 */
const bioName = String.raw`(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Sein|Seine|Ihr|Ihre|Unser|Unsere|Dieser|Diese|Dieses|Jeder|Jede|Le|La|Les|Un|Une|El|Los|Las|Una|Il|Lo|Gli|Os|As|Um|Uma|The|This|That|Our|His|Her|Their|My|Its)\s)\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|di|la|le|del|der|bin|al)){1,3}`;
/**
 * A journalist's role, with up to three words before it ("a freelance writer", "an assistant
 * sports editor", "the Herald's energy correspondent").
 */
const bioRole = String.raw`(?:[\p{L}'’-]+\s+){0,3}(?:[Ww]riter|[Rr]eporter|[Ee]ditor|[Jj]ournalist|[Cc]orrespondent|[Cc]olumnist|[Cc]ontributor|[Pp]roducer|[Pp]hotographer|[Pp]hotojournalist|[Ff]reelancer|[Cc]ritic|[Bb]logger|[Ii]ntern|[Aa]nchor|[Pp]resenter|[Cc]ommentator)s?`;
/** A quantity after "covers": "Carver Bluffs covers about 3,400 acres" is no reporter's beat. */
const quantity = String.raw`(?:about|around|nearly|almost|roughly|some|more|less|over|up|only|just|an?\s+area|environ|près|plus|moins|\d)`;
/**
 * The same in the other languages of the lists: the verb, up to two words, and the role ("Max
 * Muster ist Redakteur im Ressort Politik.", "Anna Roth ist freie Journalistin in Köln", "Marie
 * Dupont est journaliste au service Politique", "Ana Ruiz es periodista de …", "Paolo Rossi è
 * giornalista …", "João Silva é repórter …", "Jan Kowalski jest dziennikarzem …", "Tomasz
 * Wieczorek – dziennikarz działu …", "Иван Петров — журналист …", "Олена Коваль — журналістка …",
 * "Sanne Verhoeven is verslaggever voor …", "Mathieu Roux couvre la santé …").
 */
const otherBios = String.raw`(?:ist|war)\s+(?:[\p{L}-]+\s+){0,2}(?:Redakteur|Redaktor|Reporter|Korrespondent|Journalist|Autor|Kolumnist|Volontär|Ressortleiter|Fotograf|Chefredakteur|Chefreporter|Moderator)(?:in)?(?!\p{L})|(?:schreibt|berichtet)\s+(?:über|aus|für)\s|est\s+(?:une?\s+)?(?:[\p{L}-]+\s+){0,2}(?:journaliste|reporter|rédacteur|rédactrice|correspondante?|chroniqueur|chroniqueuse|photographe)(?!\p{L})|es\s+(?:una?\s+)?(?:[\p{L}-]+\s+){0,2}(?:periodista|reportera?|redactora?|corresponsal|columnista|fotógrafa?)(?!\p{L})|è\s+(?:una?\s+|un['’])?(?:[\p{L}-]+\s+){0,2}(?:giornalista|reporter|redattore|redattrice|corrispondente|editorialista|fotografa?)(?!\p{L})|é\s+(?:uma?\s+)?(?:[\p{L}-]+\s+){0,2}(?:jornalista|repórter|redatora?|correspondente|colunista|fotógrafa?)(?!\p{L})|jest\s+(?:[\p{L}-]+\s+){0,2}(?:dziennikarzem|dziennikarką|reporterem|reporterką|redaktorem|redaktorką|korespondentem|korespondentką|publicystą|publicystką)(?!\p{L})|[—–-]\s+(?:[\p{L}-]+\s+){0,2}(?:журналист(?:ка)?|корреспондент|редактор|обозреватель|журналіст(?:ка)?|кореспондент(?:ка)?|оглядач(?:ка)?|dziennikar(?:z|ka)|reporter(?:ka)?|redaktor(?:ka)?|korespondent(?:ka)?|publicyst(?:a|ka))(?!\p{L})|is\s+(?:[\p{L}-]+\s+){0,2}(?:verslaggever|journalist|redacteur|correspondent|columnist|fotograaf)e?(?!\p{L})|schrijft\s+(?:voor|over)\s|couvre\s+(?!${quantity})`;

/**
 * An author's bio: "Phil Helsel is a reporter for NBC News.", "Dallas Robinson is a freelance
 * writer living in Minneapolis", "Jane Doe is CNN's senior political reporter.", "Steph Bazzle
 * covers politics and theocracy, …": a name, then "is/was a" (or an outlet's possessive) and a
 * journalist's role, or a verb of the beat ("covers", "writes about", "reports
 * on"), and the same in the other languages of the lists (`otherBios`). Taken below the
 * article's prose only: a sentence about a reporter inside a story stays, and so does a lede
 * about one ("Jane Doe is a reporter who …").
 */
const authorBio = new RegExp(String.raw`^(?:(?:[Aa]bout [Tt]he [Aa]uthor|ABOUT THE AUTHOR|[Üü]ber den [Aa]utor|[Üü]ber die [Aa]utorin):?\s*)?${bioName}(?:\s\([^()]{1,60}\))?,?\s+(?:(?:is|was|has been)\s+(?:a|an|the|\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2}['’]s?)\s+${bioRole}\b|(?:covers|has covered|has been covering)\s+(?!${quantity})|(?:writes about|reports on)\s|${otherBios})`, 'u');

/** An item of a line of tags: one to three capitalized words, or a number, or a hashtag ("Europe", "Climate Change", "#G7"). */
const tagItem = /^#?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*){0,2}$/u;

/** The separators of a line of labels between dots, and one of its labels. */
const dotted = /\s[·•]\s/u;
const dottedLabel = /^#?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*(?:,?\s+[\p{L}\p{N}][\p{L}\p{N}&.'’-]*){0,3}$/u;

/** Hashtags alone, two or more ("#Khmelnytskyi #education #shelter"). */
const hashtagsOnly = /^#[\p{L}\p{N}_]+(?:\s+#[\p{L}\p{N}_]+)+$/u;

/**
 * A line of tags or categories ("Politics, Europe, Elections", "Politik | Wirtschaft |
 * Verkehr"): three to twelve items separated by commas, bars or bullets, each a `tagItem`, more
 * than half of them one word, no sentence end; or three to twelve labels between dots, in
 * sentence case or not; or two hashtags or more and nothing else. Taken
 * below the article's last sentence only:
 * inside a story such a line is a list of its own (three companies' launch sites, a show's
 * designers), and a list of names ("Jane Doe, John Roe, Ann Poe") has no one-word items.
 */
function isTagLine(line: string): boolean {
  if (line.length > 120 || /[.!?…:;]$/u.test(line)) return false;
  if (hashtagsOnly.test(line)) return true;
  // Between dots, tags are written as labels in sentence case too ("Equity markets · ASX ·
  // Interest rates", "Fintech · Buy now, pay later · Start-ups"): up to four words each, the first capitalized.
  if (dotted.test(line)) {
    const labels = line.split(dotted);
    if (labels.length >= 3 && labels.length <= 12 && labels.every((label) => dottedLabel.test(label.trim()))) return true;
  }
  const items = line.split(/\s*[,|·•]\s*/u);
  if (items.length < 3 || items.length > 12 || !items.every((item) => tagItem.test(item))) return false;
  return items.filter((item) => !/\s/u.test(item)).length * 2 > items.length;
}

/**
 * A name alone, as a byline without its "By" gives it: two to four capitalized words ("Pablo
 * Ortega Ruiz", "Paweł Nowicki"), particles between them, and at most a short label before them
 * ("oprac. Marta Zielińska"). Taken above the story's date and time (a headline of capitalized
 * words is the title, and a subheading has prose, not a date, below it), or right below the
 * article's last sentence as its signature (`signs`).
 */
const nameLine = /^(?:\p{Ll}{2,8}\.?:?\s)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s(?:(?:von|van|de|da|del|der|di|la|le|dos|das)\s)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?){1,3}$/u;

/** A name and the story's date and time on one line: "Sanne Verhoeven 14-08-24, 16:52 Laatste update: 15-08-24, 07:30". */
function datedName(line: string): boolean {
  const at = line.search(/\d/u);
  return at > 0 && nameLine.test(line.slice(0, at).trim()) && isDateLine(line.slice(at));
}

/** A read-later app's source line: the site's address and the author's name ("lavoixdesgarrigues.fr · Claire Vasseur"), either first. */
const siteAddress = String.raw`(?:www\.)?${siteDomain}`;
const authorName = String.raw`\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}`;
const sourceByline = new RegExp(String.raw`^(?:${siteAddress}\s[·•|–—-]\s${authorName}|${authorName}\s[·•|–—-]\s${siteAddress})$`, 'u');

/**
 * A date and a clock time, a line of their own of at most ten words and no sentence: "17 marca
 * 2024, 21:40", "19/03/2024 - 13:20h." (a headline's date line may have no time: "Дата
 * публикации: 04.07.2024").
 */
function isDateLine(line: string): boolean {
  if (line.length > 80 || line.split(/\s+/u).length > 10 || isProseSentence(line) || !clockTime.test(line)) return false;
  return numericDate.test(line) || writesMonthDate(line);
}
const clockTime = /(?<![\d./])\d{1,2}[:h]\d\d(?!\d)|(?<![\d./])\d{1,2}\.\d\d\s?[Uu]hr/u;
const numericDate = /(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d)(?!\d)/u;

/** A byline: a dated one ends as a sentence ends and may have twelve words, but is no prose. */
function isByline(line: string): boolean {
  return line.length <= bylineMax && (bylineLine.test(line) || roleByline(line) || labelledByline.test(line) || relativeByline.test(line) || authorLabel.test(line));
}

/**
 * The author under a label, the name alone after it ("Autor: Tomasz Wróbel", "Autorin: Anna
 * Berg", "About the Author: Mira Haddad", "Texto: Ana Ruiz"), in the lists' languages.
 */
const authorLabel = /^(?:[Aa]utor(?:in|ka|e|a)?|[Aa]uthor|[Aa]uteur(?:e)?|[Tt]ext|[Tt]exto|[Tt]esto|[Tt]ekst|[Rr]edakcja|[Aa]bout the [Aa]uthor|ABOUT THE AUTHOR|[Üü]ber (?:den|die) [Aa]utor(?:in)?)\s?:\s?\p{Lu}[\p{L}.'’-]+(?:\s(?:\p{Lu}[\p{L}.'’-]+|von|van|de|da|del|der|di)){0,3}$/u;

/**
 * A byline with a day said relatively and a time ("By Élodie Vuillemin - Today at 06:00 - Updated
 * today at 09:45", "Von Anna Berg, heute um 9:12 Uhr"): the label, one to four capitalized
 * names, then the day, in the lists' languages.
 */
const relativeByline = /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}\s?[,|–—·-]\s?(?:[Tt]oday|[Yy]esterday|[Hh]eute|[Gg]estern|[Aa]ujourd['’]hui|[Hh]ier|[Hh]oy|[Aa]yer|[Oo]ggi|[Ii]eri|[Hh]oje|[Oo]ntem|[Vv]andaag|[Gg]isteren)\s(?:at|um|à|a las|alle|às|om)\s\d{1,2}[:.h]\d\d[^.!?]{0,60}$/u;

/**
 * A byline under a blog's or a portal's label: "Posted by Priya Raman on March 3, 2024",
 * "Published By: Sandeep Rao": the label, one to four capitalized names, and a date after "on" or
 * none.
 */
const labelledByline = /^(?:[Pp]osted|[Pp]ublished|[Ww]ritten|[Ee]dited|[Rr]eported|[Cc]ompiled|POSTED|PUBLISHED) (?:[Bb]y|BY) ?:? \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}(?: (?:on|at) [\p{L}\p{N} ,.:]{0,30}\d[\p{L}\p{N} ,.:]{0,12})?$/u;

/** A name of two to four capitalized words, a comma, then a job: "Liam Carberry, TV Editor". */
const namedRole = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3},\s+((?:[\p{L}&-]+\s+){0,3}[\p{L}-]+)$/u;
/** A reporter's job, as a byline gives it after the name, in the lists' languages. */
const roleWord = /(?<!\p{L})(?:editor|rep[óo]rter(?:in)?|correspondent|writer|columnist|contributor|producer|critic|photographer|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|journalist(?:in|e)?|r[ée]dact(?:eur|rice)|correspondante?|periodista|redactora?|corresponsal|giornalista|redattore|redattrice|jornalista|dziennikar(?:z|ka)|korespondent(?:ka)?|корреспондент|журналист|журналіст|кореспондент)$/iu;

/**
 * A byline that gives the reporter's job instead of "By": "Kirsty Mallon, Showbiz Reporter",
 * "Jane Doe, political correspondent", "Anna Weber, Redakteurin": a name of two to four
 * capitalized words, a comma, and at most three words before the job, nothing after it. Like
 * any byline, it goes only above or below the article's prose.
 */
function roleByline(line: string): boolean {
  const m = namedRole.exec(line);
  return m !== null && roleWord.test(m[1]!);
}

/** A teaser's headline after its label or kicker: `min` to `max` words, a lowercase one among them, no sentence end. */
function teaserHeadline(rest: string, min: number, max: number): boolean {
  const words = rest.split(/\s+/u).length;
  return words >= min && words <= max && /(?<!\p{L})\p{Ll}/u.test(rest) && !/[.!?…]["'”’»)]?$/u.test(rest);
}

/** A label in capitals, a colon or a bar, then a headline: "WATCH: Heavy rain floods streets near the park", "READ | Heatwave to continue …". */
const capsLabel = /^([\p{Lu}]{3,}(?: [\p{Lu}]{2,})?)\s?[:|]\s+(\p{Lu}.*)$/u;

/**
 * A teaser for another story under a label in capitals ("WATCH: Heavy rain floods streets near
 * Phelps Grove Park", "MORE: NBA trade deadline tracker: Every deal, grade and rumor", "READ |
 * Heatwave to continue over north-west India …"): below the first sentence of the prose, a
 * label of one or two words in capitals, a colon or a bar, then a headline of four words or more
 * with a lowercase one, no sentence end. Not in a dialogue, where a speaker's label begins two
 * lines or more ("SMITH: …"): there every line under a label in capitals stays.
 */
function labelledTeasers(texts: readonly string[], proseLines: () => number[]): Array<string | undefined> {
  const out: Array<string | undefined> = new Array(texts.length).fill(undefined);
  const found: Array<[number, string]> = [];
  for (const [j, text] of texts.entries()) {
    const m = capsLabel.exec(text);
    if (!m) continue;
    if (teaserHeadline(m[2]!, 4, 30)) found.push([j, m[1]!]);
  }
  if (found.length === 0) return out;
  const first = proseLines()[0] ?? texts.length;
  const labels = new Map<string, number>();
  for (const text of texts) {
    const m = /^([\p{Lu}]{2,}(?: [\p{Lu}]{2,})?)\s?:/u.exec(text);
    if (m) labels.set(m[1]!, (labels.get(m[1]!) ?? 0) + 1);
  }
  if ([...labels.values()].some((n) => n > 1)) return out;
  for (const [j, label] of found) if (j > first) out[j] = `a teaser for another story under a label in capitals (“${label}”)`;
  return out;
}

/** A tabloid's kicker: one to three words in capitals, at least four letters in all ("CASH BOOST", "'NOT MY BOY'", "SIZZLER"). */
const kickerStart = /^((?:['‘"“]?[\p{Lu}\d][\p{Lu}\d'’!?&-]*['’"”]?\s+){1,3})(\p{Lu}.*)$/u;
/** A kicker's teasers are told by their number: one alone may be a subheading that begins with an acronym ("NATO Summit Opens in Vilnius"). */
const kickersMin = 2;

/**
 * A tabloid's teasers for its other stories, between the article's paragraphs: a kicker in
 * capitals, then a headline ("SHOCK RETURN Harbour Lane star back on set two years after axe -
 * and fans are fuming", "KITCHEN NIGHTMARE Chef's fury as diner leaves one-star review"): after
 * the kicker five to twenty words, the first capitalized, a lowercase one among them, no
 * sentence end and no colon. Taken when a text holds two such lines or more below the first
 * sentence of its prose (above it, such a line is the story's own headline).
 */
function kickerTeasers(texts: readonly string[], proseLines: () => number[]): Array<string | undefined> {
  const at: number[] = [];
  const out: Array<string | undefined> = new Array(texts.length).fill(undefined);
  if (!texts.some((text) => kickerStart.test(text))) return out;
  const first = proseLines()[0] ?? texts.length;
  texts.forEach((text, j) => {
    if (j <= first) return;
    const m = kickerStart.exec(text);
    if (!m) return;
    if (m[1]!.replace(/[^\p{L}]/gu, '').length >= 4 && teaserHeadline(m[2]!, 5, 20) && !m[2]!.includes(':')) at.push(j);
  });
  if (at.length < kickersMin) return out;
  for (const j of at) out[j] = `a teaser for another story: a kicker in capitals before its headline (${at.length} in this text)`;
  return out;
}

/**
 * The words a date alone may hold besides its month's name and its numbers: a weekday's name,
 * "at" before its time, the clock's and the time zone's abbreviations, in the lists' languages.
 */
const dateWords: ReadonlySet<string> = new Set(
  ('mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday ' +
    'mo di mi do fr sa so montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'lunes martes miércoles miercoles jueves viernes sábado sabado domingo lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica ' +
    'segunda terça terca quarta quinta sexta feira poniedziałek wtorek środa czwartek piątek sobota niedziela ' +
    'понедельник вторник среда четверг пятница суббота воскресенье понеділок вівторок середа четвер субота неділя ' +
    'at um à a las alle às o de del am pm a.m p.m uhr h hs gmt utc et est edt ct cst cdt pt pst pdt bst ist cet cest mez mesz aest aedt').split(' '),
);
/** A year, or a numeric date with its year. */
const hasYear = /(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d\d(?!\d)/u;

/**
 * A date alone on its line, with its weekday, its time and its time zone or not ("March 24,
 * 2024", "Wednesday 20 November 2019 9:22 am", "Nov. 19, 2019 8:03 am ET", "11.14.2019 09:00
 * AM", "7 de noviembre de 2024"): a day, a month and a year and nothing else but `dateWords`. A
 * plain text's story is dated so under its headline or its byline; on the labelled lines of both
 * HTML benchmarks 229 lines have this shape and none is article text. A month and a year alone
 * ("March 2024") may head a timeline's section, and stays.
 */
function isDateAlone(text: string): boolean {
  if (text.length > 50 || !hasYear.test(text) || (text.match(/\d+/gu)?.length ?? 0) < 2) return false;
  let month = false;
  for (const w of text.toLowerCase().match(/\p{L}+(?:\.\p{L})?/gu) ?? []) {
    if (isMonthWord(w)) month = true;
    else if (!dateWords.has(w)) return false;
  }
  return month || numericDate.test(text);
}

/** A social media handle alone on its line ("@elliefraser_"), as a byline gives it under the author's name. */
const handleAlone = /^@[\p{L}\p{N}_.]{2,30}$/u;

/**
 * A picture credit after its label and an ellipsis, as a site that folds its credits prints it
 * and a scraper keeps it ("Credit...Doug Mills/The New York Times"): no sentence opens so.
 */
const creditEllipsis = /^(?:[Pp]hoto |[Ii]mage )?[Cc]redits?(?:\.{2,3}|…)\s?\p{Lu}/u;

/**
 * A caption that ends in its credit after a slash, without a label: after its last sentence, a
 * slash and a name ("… con buena parte de su vaso al descubierto. / Pedro Lacalle", as Spanish
 * papers sign their pictures), or an agency's or a paper's name glued by a slash to the
 * photographer's ("… jusqu'à 100'000 voyageurs par jour. Keystone/Nadia Perret"). Prose does not
 * end a sentence and go on with a slash and a name. At most two sentences and 50 words before
 * the credit: a paragraph that ends so keeps its sentences. The reason, or undefined.
 */
function slashCreditedCaption(text: string): string | undefined {
  if (text.length > 400 || !text.includes('/')) return undefined;
  const m = slashCreditEnd.exec(text.slice(-80));
  if (!m) return undefined;
  const caption = text.slice(0, text.length - m[0].length + 1);
  if (caption.split(/\s+/u).length > 50 || caption.split(/[.!?…]["'”’»]?\s+(?=\p{Lu})/u).length > 2) return undefined;
  return `a caption ending in its picture credit after a slash (“${m[1]!.trim()}”)`;
}
const slashCreditEnd = /[.!?…]["”’»]?\s((?:\/\s|\p{Lu}[\p{L}.-]+\s?\/\s?)\p{Lu}[\p{L}.'’-]+(?:[ -]\p{Lu}[\p{L}.'’-]+){0,3})$/u;

/** Journalists' roles, as a bio opens with one: capitalized, or lower case after a rank ("Senior editor at …"). */
const roleWords = ['journalist', 'journalistin', 'reporter', 'reporterin', 'editor', 'correspondent', 'writer', 'columnist', 'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'autor', 'autorin', 'volontär', 'volontärin', 'periodista', 'redactor', 'redactora', 'corresponsal', 'journaliste', 'rédacteur', 'rédactrice', 'correspondant', 'correspondante', 'giornalista', 'redattore', 'redattrice', 'corrispondente', 'jornalista', 'repórter', 'redator', 'redatora', 'dziennikarz', 'dziennikarka', 'redaktor', 'redaktorka', 'reporterka', 'korespondent', 'korespondentka', 'журналист', 'журналистка', 'корреспондент', 'редактор', 'журналіст', 'журналістка', 'кореспондент', 'кореспондентка'];
const rank = '(?:Senior|Chief|Deputy|Political|Staff|Freelance|Contributing|Managing|Freier|Freie|Leitender|Leitende|Stellvertretender|Stellvertretende)';
const roleOpening = new RegExp(String.raw`^(?:${rank}\s(?:${roleWords.join('|')})|(?:${roleWords.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')}))(?:\s(?:y|and|und|et|e|i|и|і)\s\p{Ll}+)?\s\p{Ll}`, 'u');

/**
 * An author's bio that opens with the role, not the name, as an author box under the name prints
 * it: "Periodista especializada en medio ambiente y clima.", "Redakteur in der Wirtschaft.",
 * "Dziennikarz działu Biznes. Pisze o rynku rolnym …", "Senior editor at Gizmodo.": the role, a
 * word in lower case after it (not a name: "Reporter Jane Doe said …" is a sentence about her;
 * not a possessive: "Editor's note: …"), one to three sentences ending with a full stop. Taken
 * below the article's prose only, as every bio.
 */
function isRoleBio(text: string): boolean {
  if (text.length > 400 || !/[.]["”’»]?$/u.test(text) || !roleOpening.test(text)) return false;
  return text.split(/[.!?…]["'”’»]?\s+(?=\p{Lu})/u).length <= 3;
}

/** A name word: capitalized, with an apostrophe or a second capital inside or not ("O’Keefe", "McDonald"). */
const nameWordShape = String.raw`\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{Ll}'’]*(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?`;
const personName = String.raw`${nameWordShape}(?:\s(?:(?:von|van|de|da|del|der|di|la|le|dos|das)\s)?${nameWordShape}){1,3}`;
/** A byline's names without its "By": one or two names ("Sophie Marchetti and Liam O’Keefe"). */
const bylineNames = new RegExp(String.raw`^${personName}(?:(?:,|\s(?:and|und|et|y|e|i|и|і|&))\s${personName})?$`, 'u');
/** A short line that may stand in a byline's block: a place, a desk, an outlet, an abbreviated state ("Reporting from Yuma County, Ariz."). */
const metaShape = /^[\p{Lu}@][^!?:;]{0,48}$/u;
const metaMaxWords = 5;
/** A byline's block is at most this many lines. */
const maxBylineRun = 6;

/**
 * A byline's block above the article, each line short: the author's name, with "By" or without
 * ("Ellie Fraser", "Sophie Marchetti and Liam O’Keefe"), the handle, the desk or the outlet
 * ("NCA NewsWire", "UKBN News, West Midlands"), the place ("Reporting from Harlow, Minn.") and
 * the story's date, one after the other (blank lines between them or not). A run of such lines
 * above the article's prose (or under its standfirst) that holds a name and a date, or a byline
 * with its "By" and another line, goes whole; under a headline that reads as a sentence and a
 * standfirst, with its date only. A line of prose, a sentence or a line that ends
 * with a colon ends a run; the headline (the first line, or the record's title) is never in one.
 * The reasons, by line.
 */
function bylineRuns(raw: readonly string[], full: (j: number) => string, opening: (k: number) => boolean, early: (k: number) => boolean, proseLines: () => number[], title: string | undefined): Array<string | undefined> {
  const out: Array<string | undefined> = new Array(raw.length).fill(undefined);
  const first = raw.findIndex((l) => l.trim() !== '');
  type Kind = 'date' | 'name' | 'by' | 'meta';
  const kindOf = (j: number): Kind | undefined => {
    const t = full(j) || raw[j]!.trim();
    if (j === first || t === title || t.length > bylineMax) return undefined;
    if (isDateAlone(t) || isDateLine(t) || isLongDateLine(t)) return 'date';
    if (isByline(t)) return 'by';
    if (bylineNames.test(t)) return 'name';
    if (handleAlone.test(t)) return 'meta';
    const words = t.split(/\s+/u).length;
    if (words <= metaMaxWords && metaShape.test(t) && (!t.endsWith('.') || /\s\p{Lu}\p{Ll}{0,4}\.$/u.test(t))) return 'meta';
    return undefined;
  };
  // Each line's kind by its shape alone; where it stands is read only when a block can be there
  // (a name, a byline or a date somewhere), and only for lines with a kind.
  const kinds = raw.map((l, j) => (l.trim() === '' ? undefined : kindOf(j)));
  if (!kinds.some((k) => k !== undefined && k !== 'meta') || proseLines().length < 2) return out;
  let run: Array<[number, Kind]> = [];
  const close = () => {
    const kinds = new Set(run.map(([, kind]) => kind));
    const named = kinds.has('name') || kinds.has('by');
    // below a second sentence, only a block with its date
    const dated = kinds.has('date') || (kinds.has('by') && run.every(([j]) => opening(j)));
    if (run.length >= 2 && run.length <= maxBylineRun && named && dated) {
      for (const [j] of run) out[j] = 'a byline\'s block above the article: the author\'s name, handle, desk, place and date';
    }
    run = [];
  };
  for (let j = 0; j < raw.length; j++) {
    if (raw[j]!.trim() === '') continue;
    // a line other rules remove (texts '') stays in its run if it has a kind
    const kind = kinds[j] !== undefined && (opening(j) || early(j)) ? kinds[j] : undefined;
    if (kind === undefined) {
      close();
      continue;
    }
    run.push([j, kind]);
  }
  close();
  return out;
}

/** A tag alone on its line: one to three capitalized words ("Sequía", "Aceite de oliva", "Consejo de Ministros"). */
const tagAlone = /^[\p{Lu}\p{N}][\p{L}\p{N}&'’-]*(?:\s[\p{L}\p{N}][\p{L}\p{N}&'’-]*){0,3}$/u;
const tagAloneMax = 32;
/** Tags one a line are at least this many. */
const minTags = 3;

/**
 * The story's tags one a line below its last sentence ("Guardia Civil" / "Jaén" / "Aceite de
 * oliva"): three lines or more, one after the other, each one to four words and the first
 * capitalized, no punctuation, not under a line of the article that ends with a colon (its own
 * list: "The winners were:"), and not a list of people's names alone. The reasons, by line.
 */
function tagRuns(raw: readonly string[], texts: readonly string[], long: readonly boolean[], below: (k: number) => boolean, listed: (j: number) => boolean): Array<string | undefined> {
  const out: Array<string | undefined> = new Array(raw.length).fill(undefined);
  let run: number[] = [];
  let opener = '';
  const close = () => {
    // a list of names, each a person's ("Anna Berger" / "Jonas Keller" / "Miriam Wolf"), is the article's: the winners, a team
    const names = run.every((j) => bylineNames.test(raw[j]!.trim()));
    if (run.length >= minTags && !names && !/:\s*$/u.test(opener)) for (const j of run) out[j] = 'the story\'s tags, one a line, below the article\'s prose';
    run = [];
  };
  for (let j = 0; j < raw.length; j++) {
    const t = raw[j]!.trim();
    if (t === '') continue;
    const tag = !long[j] && texts[j] !== '' && t.length <= tagAloneMax && tagAlone.test(t) && below(j);
    if (!tag) {
      close();
      // the line above a run, as the rules this one sees and its lists leave it ('' when they
      // remove it: "Tags:" is a label, not the article's lead-in)
      opener = listed(j) ? '' : texts[j]!;
      continue;
    }
    run.push(j);
  }
  close();
  return out;
}
