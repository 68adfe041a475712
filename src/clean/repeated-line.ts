import type { Change, CleanContext, CleanPass, CleanRule, TextLine } from '../types.js';
import { addressesReader, fingerprint, lineKind, templatesOf, type LineKind } from '../repeated/lines.js';
import { qualifies } from '../repeated/profile.js';

/** When at least this share of a document's sentences are ones the site repeats, they stay: the document is another version of a story, or a templated report. */
const keptShare = 2 / 3;
/** Most notices (paragraphs the site repeats) one document may lose. */
const maxNotices = 2;
/** A label that begins more lines than this in one document makes it a dialogue (a transcript's "SMITH:"), not a site's widget. */
const maxTemplateLines = 3;

/**
 * `repeated-line`: removes a line that the document's site repeats across its documents: its
 * template (a footer, a share bar, "Read more: …", a byline block). The counts come from the
 * run's first pass over the corpus, or from a profile written by `unscrape learn`; the record's
 * `reason` says how many of the site's documents hold the line. Within one document, without
 * a corpus, a widget's label said again and again between the paragraphs goes too (see
 * `saidBetweenParagraphs`).
 *
 * Notes:
 * - A short complete sentence ("The company did not respond to a request for comment.") may be
 *   a house phrase of the article: it is removed only when at least half of the site's
 *   documents (and at least 3) hold it. Any other short line needs 3 documents and 5% of them.
 * - A paragraph of 26 to 80 words is a notice of the site (a disclaimer, a comment policy, "Do
 *   you have an opinion on the issues raised in this article? …") on the terms of a sentence,
 *   and only above or below the document's own prose, at most two in a document, and only in
 *   the site's voice (the reader addressed, "we", "this article"; see `lineKind`): paragraphs
 *   that versions of one story share sit among its other paragraphs, come more than two at a
 *   time, or speak of the world, not of the site. Among the document's prose, only a notice of
 *   at most 300 characters in which the site speaks to the reader, both, and reports no one
 *   ("We use your sign-up to provide content in ways you've consented to …", a newsletter box's
 *   note between two paragraphs; see `addressesReader`), or one between two short lines the site
 *   repeats (inside its newsletter box: "Sign up to …", the box's privacy note, "after
 *   newsletter promotion"). Longer lines are prose,
 *   and a republished wire story is the article, however many documents hold it.
 * - A site of fewer than 3 documents learns nothing; identical documents count once.
 * - A document is never emptied of its prose: when every sentence of it is one the site repeats
 *   (a templated report, "The council met on day 57."), its sentences stay.
 * - In a dialogue (two labels that each begin two lines or more, or one that begins more than
 *   three), the labelled lines stay, repeated or not: "SMITH: Good morning." in a site's
 *   transcripts is the article; a scraper's header block ("keywords: …", "authors: …") names
 *   each key once and is still removed.
 */
export const repeatedLine: CleanRule = {
  id: 'repeated-line',
  stage: 'clean',
  severity: 'error',
  fixable: true,
  summary: 'Lines a site repeats across its documents (its template), learned from the corpus or a profile',
  label: 'Line the site repeats on its pages',
  propose(_text: string, ctx: CleanContext, pass: CleanPass): Change[] {
    const said = saidBetweenParagraphs(pass.lines, ctx.headings);
    const repeated = ctx.repeated;
    if (!repeated) return said;
    const { site, documents, lines: counts } = repeated;
    const changes: Change[] = said;
    const found: Array<{ at: number; start: number; end: number; kind: LineKind; templates: string[]; template?: string; addressed?: boolean; reason: string }> = [];
    // Lines of prose (a complete sentence, or a line too long to be a template) that stay, and where the first and the last of them end.
    let prose = 0;
    let firstProse = Infinity;
    let lastProse = -1;
    const ownProse = (line: TextLine) => {
      prose++;
      firstProse = Math.min(firstProse, line.trimStart);
      lastProse = line.trimEnd;
    };
    const templateLines = new Map<string, number>();
    // Non-empty lines in order, for a notice's neighbours.
    let at = -1;
    for (const line of pass.lines) {
      if (line.trimEnd === line.trimStart) continue;
      at++;
      const kind = lineKind(line.text);
      if (kind === undefined) {
        ownProse(line);
        continue;
      }
      const fp = fingerprint(line.text);
      if (fp === '') continue;
      // Every line's labels count for telling a dialogue; only a short line is matched by its template.
      const templates = templatesOf(line.text);
      for (const t of templates) templateLines.set(t, (templateLines.get(t) ?? 0) + 1);
      const n = counts['l:' + fp];
      if (n !== undefined && qualifies(n, documents, kind)) {
        found.push({ at, start: line.trimStart, end: line.trimEnd, kind, templates, addressed: kind === 'notice' && addressesReader(line.text), reason: `in ${n} of ${documents} documents of ${site}` });
        continue;
      }
      if (kind !== 'short') ownProse(line);
      for (const t of kind === 'short' ? templates : []) {
        const m = counts[t];
        if (m === undefined || !qualifies(m, documents, 'short')) continue;
        found.push({ at, start: line.trimStart, end: line.trimEnd, kind, templates, template: t, reason: templateReason(t, `${m} of ${documents} documents of ${site}`) });
        break;
      }
    }
    // A dialogue: two labels that each begin two lines or more, or one that begins more than three.
    const labels = [...templateLines].filter(([t, n]) => t.startsWith('c:') && n >= 2);
    const dialogue = labels.length >= 2 || labels.some(([, n]) => n > maxTemplateLines);
    // A document whose sentences are mostly ones the site repeats is a templated report (digits
    // folded: "The council met on day 57.") or another version of a story the site holds: its
    // sentences are its article, and it is not emptied.
    const repeatedSentences = found.filter((f) => f.kind !== 'short').length;
    const keepSentences = repeatedSentences >= keptShare * (repeatedSentences + prose);
    // A notice (in the site's voice, see `lineKind`) goes only above or below the document's own
    // prose, and only one or two of them: paragraphs that several versions of a story share sit
    // among its other paragraphs, or come more than two at a time. Among the prose, only one that
    // speaks to the reader (see `addressesReader`) or sits inside the site's template, between two
    // of its short lines (a newsletter box's "Sign up to …", its privacy note, "after newsletter
    // promotion").
    const notices = found.filter((f) => f.kind === 'notice').length;
    const shortAt = new Set(found.filter((f) => f.kind === 'short').map((f) => f.at));
    for (const f of found) {
      if (keepSentences && f.kind !== 'short') continue;
      const boxed = shortAt.has(f.at - 1) && shortAt.has(f.at + 1);
      if (f.kind === 'notice' && (notices > maxNotices || (f.start > firstProse && f.end < lastProse && !f.addressed && !boxed))) continue;
      // "SMITH: Good morning." in many transcripts of a site is the article, not its template.
      if (dialogue && f.templates.some((t) => t.startsWith('c:') && (templateLines.get(t) ?? 0) >= 2)) continue;
      if (said.some((c) => c.start === f.start)) continue;
      changes.push({ rule: 'repeated-line', start: f.start, end: f.end, replacement: '', reason: f.reason });
    }
    return changes;
  },
};

/** Why a line goes for its template `t` ("c:" before a colon, "u:" before a URL, "s:" a site's name after a headline), seen in `where`. */
function templateReason(t: string, where: string): string {
  const key = t.slice(2);
  if (t[0] === 's') return `ends like lines in ${where} (“… | ${key}”)`;
  return `begins like lines in ${where} (“${key}${t[0] === 'c' ? ':' : ' <url>'} …”)`;
}

/** A widget's label is said this many times in one document, at least `minBetween` of them between two paragraphs. */
const minSaid = 3;
const minBetween = 2;
/** Its words at most. */
const maxSaidWords = 6;

/** A line of prose around a widget's label: it ends a sentence, or it is long. */
function isProse(text: string): boolean {
  return /[.!?…]["'”’)»]?$/u.test(text) || text.split(/\s+/u).length >= 12;
}

/**
 * Within one document: a short line said three times or more, at least twice alone between
 * two paragraphs of prose, is a widget's label that the page repeats between the article's
 * paragraphs ("Article content", "Story continues below advertisement", "Try refreshing your
 * browser, or"): every occurrence goes. No corpus is needed, nor a class name the extractor
 * knows: a page whose class names are hashes ("x74f7b2") says its labels all the same.
 *
 * Notes:
 * - Not a sentence (a refrain or a house phrase may be said three times), not a label ending in
 *   a colon (a transcript's "Q:"), not a line whose every word is capitalized (a speaker's name
 *   above each answer of an interview, "JOHN SMITH", "Jane Doe"), at most six words, with a word
 *   of two letters or more.
 * - Between prose on both sides, twice at least: a table's or a meal plan's repeated cells
 *   ("Eat every 2–3 hours" under each meal) sit among other short lines.
 * - Not a line that was a heading in the page or the Markdown (`headings`): a review's "What
 *   we like" above each product is the article's.
 */
function saidBetweenParagraphs(lines: readonly TextLine[], headings: readonly string[] = []): Change[] {
  const full = lines.filter((l) => l.trimEnd > l.trimStart);
  const keyOf = (text: string) => text.trim().toLowerCase().replace(/\s+/gu, ' ');
  const heads = new Set(headings.map(keyOf));
  const candidate = (l: TextLine) => {
    const words = l.text.split(/\s+/u);
    return words.length <= maxSaidWords && !isProse(l.text) && !l.text.endsWith(':') && /\p{L}{2}/u.test(l.text) && !words.every((w) => /^[^\p{Ll}]/u.test(w)) && !heads.has(keyOf(l.text));
  };
  const said = new Map<string, { lines: TextLine[]; between: number }>();
  full.forEach((l, i) => {
    if (!candidate(l)) return;
    const k = keyOf(l.text);
    const entry = said.get(k) ?? { lines: [], between: 0 };
    entry.lines.push(l);
    if (i > 0 && i < full.length - 1 && isProse(full[i - 1]!.text) && isProse(full[i + 1]!.text)) entry.between++;
    said.set(k, entry);
  });
  const changes: Change[] = [];
  for (const { lines: at, between } of said.values()) {
    if (at.length < minSaid || between < minBetween) continue;
    for (const l of at) changes.push({ rule: 'repeated-line', start: l.trimStart, end: l.trimEnd, replacement: '', reason: `said ${at.length} times in this document, ${between} of them between two paragraphs` });
  }
  return changes.sort((a, b) => a.start - b.start);
}
