import type { Change, CleanContext, CleanPass, CleanRule, TextLine } from '../types.js';
import { boilerplateLines } from './lists/boilerplate.js';
import { perList } from './util.js';
import { siteDomain, straightApostrophes } from '../shared/regexp.js';

/** Bullets, arrows and emoji a widget line may start or end with: "👉 Subscribe to our channel". */
const deco = String.raw`[\p{Extended_Pictographic}\p{So}\uFE0F\u200D*•·►▶>»→⬇↓]`;
/** Trailing punctuation a translator or scraper doubled: "… available in Ukrainian..". */
const tail = String.raw`(?:[ \t]{0,2}[.,;:!?…]){0,3}`;
// Matched against the lowercased line without the `i` flag: case-insensitive Unicode matching
// is many times slower (docs/performance.md), and the patterns are written in lower case.
const wholeLine = (patterns: readonly string[]) => new RegExp(`^(?:${deco}\\s{0,2}){0,4}(?:${patterns.join('|')})${tail}(?:\\s{0,2}${deco}){0,4}$`, 'u');
/**
 * Patterns that may start anywhere in the line (".{0,80}… Ctrl+Enter", "… All rights reserved",
 * "Want more? Subscribe to …") cost a scan per start position: they run only on lines holding the
 * word each of them requires. A new floating pattern must add its word to `floatingWords`.
 */
const floating = (p: string) => /^(?:\(\?:)?(?:\.|\[\^)/.test(p);
const floatingWords = /ctrl|rights|subscribe/i;
/**
 * The anchored patterns in groups of eight, each group one regex: V8 compiles one alternation of
 * all of them slowly, at every worker's first line; groups compile in about half the time and
 * test a line no slower (each group fails at the line's first words; docs/performance.md).
 */
const anchored = boilerplateLines.filter((p) => !floating(p));
const anchoredRules = Array.from({ length: Math.ceil(anchored.length / 8) }, (_, i) => wholeLine(anchored.slice(i * 8, i * 8 + 8)));
const floatingRule = wholeLine(boilerplateLines.filter(floating));
const lineRule = { test: (line: string) => anchoredRules.some((r) => r.test(line)) || (floatingWords.test(line) && floatingRule.test(line)) };

/** The configured phrases (`boilerplate` in the configuration), matched in lower case with straight apostrophes ("Don’t miss" is "don't miss"). */
const lowerPhrases = perList((phrases) => phrases.map((p) => straightApostrophes(p.toLowerCase())));

/** The longest line that can be boilerplate; article paragraphs are longer. */
const maxLine = 240;

/**
 * The footer WordPress feeds append to each post (Yoast SEO's default): "The post <title>
 * appeared first on <site>.", at the end of the last paragraph or as a paragraph of its own.
 * Matched from one "The post " to the line's end; groups: the post's title, the site.
 */
const feedFooter = /The post (\S.{0,300}?) appeared first on (\S.{0,80}?)\.?[ \t]*$/uy;
/** The longest footer the pattern matches: where its "The post " can start, from the line's end. */
const footerMax = 440;
/** What may end the sentence before a footer glued to a paragraph. */
const sentenceEnd = /[.!?…"”’)\]»]/u;
/**
 * A site name, for a footer that does not name the document's title: up to five words, each
 * capitalized or a number ("WIRED", "The Verge", "Kyiv Post 24"), or a domain ("example.com").
 */
const siteName = new RegExp(String.raw`^(?:(?:[\p{Lu}\d][\p{L}\d'’&.-]*)(?:\s+(?:[\p{Lu}\d&][\p{L}\d'’&.-]*|of|the|and|for|on|in)){0,4}|${siteDomain})$`, 'u');
/** A word that ends a site's name: a capitalized word, a number or a domain. */
const siteWord = new RegExp(String.raw`^(?:[\p{Lu}\d]|${siteDomain}$)`, 'u');

const month = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/**
 * The end of an embedded social post, its attribution: "— Name (@handle) March 3, 2023", the
 * line Twitter's embed code leaves once its script is gone, with the post's text before it on
 * the same line or not. A dash, a name, the handle in parentheses and a date end the line.
 */
const postAttribution = new RegExp(
  String.raw`(?:^|\s)[—–-]{1,2}\s{0,2}[^()\n—]{1,80}\(@[\p{L}\p{N}_]{1,30}\)\s{0,3}(?:${month}\.?\s{1,2}\d{1,2},?\s{1,2}\d{4}|\d{1,2}\.?\s{1,2}${month}\.?\s{1,2}\d{4})\.?$`,
  'iu',
);
/** Instagram's: "A post shared by Name (@handle) on Mar 3, 2023 at 10:00am PST". */
const postShared = /^a post shared by [^()\n]{1,80}\(@[\p{L}\p{N}_.]{1,30}\)(?:\s{1,3}on\s.{1,60})?$/iu;
/** The longest line an embedded post (its text and attribution) can be. */
const maxPost = 600;

/** A title compared loosely: case, quotes, spacing and final punctuation aside. */
/** Quotes straightened and blanks folded, case kept. */
const foldQuotes = (s: string) => s.replace(/[‘’`´]/gu, "'").replace(/[“”«»„]/gu, '"').replace(/\s+/gu, ' ').trim();
const titleKey = (s: string) => foldQuotes(s.toLowerCase()).replace(/[\s.!?…:;,"']+$/u, '');

/** Does a footer's title name the document's (whose title may still carry the site: "Title | Site")? */
function namesTitle(footerTitle: string, title: string | undefined): boolean {
  if (title === undefined) return false;
  const a = titleKey(footerTitle);
  const b = titleKey(title);
  if (a === '' || b === '') return false;
  return a === b || (b.startsWith(a) && /^\s*[|–—:-]/u.test(b.slice(a.length)));
}

/**
 * The feed footer in a line, as a removal from the whitespace before it to the line's end. It
 * counts when the title it names is the document's; otherwise when it names a capitalized title
 * and ends with a site name, and is a line of its own or ends the text. "The post office
 * appeared first on the list of closures." stays: neither the title nor a site name.
 */
function footerIn(line: TextLine, view: string, title: string | undefined, last: boolean): { change: Change; ownLine: boolean } | undefined {
  const text = line.text;
  // Each "The post " that starts the line or a sentence, the last first: a title may hold the
  // words too ("The post The post office is closing appeared first on …").
  const earliest = text.length - footerMax;
  for (let at = text.lastIndexOf('The post '); at >= earliest && at >= 0; at = at > 0 ? text.lastIndexOf('The post ', at - 1) : -1) {
    let from = at;
    while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
    if (from > 0 && (from === at || !sentenceEnd.test(text[from - 1]!))) continue;
    feedFooter.lastIndex = at;
    const m = feedFooter.exec(text);
    if (!m) continue;
    // On its own line once other rules have done ("[ad_2] The post …" is such a line).
    const ownLine = view === text.slice(from).replace(/\s+/gu, ' ').trim();
    const named = namesTitle(m[1]!, title);
    if (named || ((ownLine || last) && /^[\p{Lu}\d"“'‘]/u.test(m[1]!) && siteName.test(m[2]!))) {
      return { change: { rule: 'boilerplate', start: line.trimStart + from, end: line.trimEnd, replacement: '' }, ownLine };
    }
  }
  return undefined;
}

/** A feed footer in other words frames the title with at most this many words before it, and this many after it. */
const framedBefore = 6;
const framedAfter = 14;
/** The title it frames has at least this many words. */
const framedTitleWords = 4;
/** It is among the text's last this many lines that are not blank. */
const framedLines = 5;

/**
 * A feed's footer in any wording, told by the title it frames: a line near the text's end that
 * holds the document's whole title with a few words before it and a site's name at its end
 * after a few more ("The entry Puebla: volunteers rescue 40 dogs … was first published in El
 * Heraldo Poblano Digital.", "La entrada … se publicó primero en Diario del Turia.", "Der
 * Beitrag … erschien zuerst auf Example."). A sentence of the article does not quote the
 * article's headline and name a site after it.
 */
function framesTitle(text: string, title: string | undefined): boolean {
  if (title === undefined || text.length > footerMax) return false;
  // The headline without the site's name after a bar or a dash ("Title | Site"); the line
  // folded alike, compared in lower case (of the same length, or not at all).
  const head = titleKey(title.split(/\s[|–—]\s/u)[0]!);
  if (head.split(' ').length < framedTitleWords) return false;
  const line = foldQuotes(text);
  const lower = line.toLowerCase();
  if (lower.length !== line.length) return false;
  const at = lower.indexOf(head);
  if (at <= 0) return false;
  const before = line.slice(0, at).replace(/["']\s*$/u, '').trim();
  const after = line.slice(at + head.length).replace(/^["']/u, '').trim().replace(/[.!]$/u, '');
  const bw = before.split(' ').filter(Boolean);
  const aw = after.split(' ').filter(Boolean);
  if (bw.length < 1 || bw.length > framedBefore || aw.length < 2 || aw.length > framedAfter) return false;
  // One sentence: no sentence ends inside what frames the title.
  if (/[.!?]\s/u.test(before) || /[.!?]\s/u.test(after)) return false;
  // The site's name ends it: a capitalized word or a domain among its last two.
  return aw.slice(-2).some((w) => siteWord.test(w));
}

/**
 * `boilerplate`: removes whole lines that belong to the site, not the article: edition notices
 * ("This material is also available in Ukrainian."), cross-links ("Read also: …"),
 * subscription and share widgets, comment counters, "Rate the material".
 *
 * Notes:
 * - A pattern must match the whole line, so a sentence that only starts like one stays:
 *   "Subscribers to the service complained …" is not "Subscribe to our channel".
 * - Lines longer than 240 characters are never boilerplate: widgets are short.
 * - Edition notices need a language: "This material is also available in print editions, the
 *   editor said." stays; "See"/"Look" need a colon: "Look too closely and …" stays.
 * - "Source:", "Tags:", "Published:" need their colon or date: "Sources said the talks stalled."
 *   and "Updated rules were published on Monday." stay.
 * - Each pattern's comment in lists/boilerplate.ts names the sentence it must not match; those
 *   sentences are the quiet fixtures.
 * - Configured phrases match a line that starts with the phrase (case-insensitively) and is at
 *   most 240 characters long.
 * - A WordPress feed footer ("The post … appeared first on …") is removed from the end of the
 *   line that ends with it, also a long line, when it names the document's title or a site
 *   (see `footerIn`); in other words, as a line of its own among the text's last five that
 *   frames the document's whole title and ends in a site's name (see `framesTitle`).
 */
export const boilerplate: CleanRule = {
  id: 'boilerplate',
  stage: 'clean',
  severity: 'error',
  fixable: true,
  summary: 'Lines that are not the article: "Also available in …", "Read also: …", "Subscribe to …", share widgets, feed footers',
  label: 'Boilerplate that is not the article',
  // Lines are judged as the rules ranked before this one leave them (see line-view.ts).
  sees: ['mojibake', 'invisible-char', 'ad-marker', 'caption'],
  propose(_text: string, ctx: CleanContext, pass: CleanPass): Change[] {
    const changes: Change[] = [];
    const phrases = lowerPhrases(ctx.boilerplate);
    // Caption credits count too: "(Photo: Tut.by) Subscribe to our channel" is a widget line once the credit goes.
    const viewOf = pass.views();
    const lines = pass.lines;
    let lastLine = lines.length - 1;
    while (lastLine > 0 && lines[lastLine]!.text === '') lastLine--;
    // The first of the text's last `framedLines` lines that are not blank.
    let tail = lastLine;
    for (let n = 1; tail > 0 && n < framedLines; ) if (lines[--tail]!.text !== '') n++;
    for (const [i, line] of lines.entries()) {
      const length = line.trimEnd - line.trimStart;
      if (length === 0) continue;
      if (length <= maxPost && line.text.includes('(@')) {
        const view = viewOf(line);
        if (postShared.test(view.text) || postAttribution.exec(view.text)?.index === 0) {
          for (const [start, end] of view.pieces) changes.push({ rule: 'boilerplate', start, end, replacement: '' });
          continue;
        }
        // The attribution after the post's text: it goes from the blank before its dash; the
        // post's text, on its line or the line above, is what the article quotes (a roundup of
        // posts is made of them), and stays.
        const post = view.text === line.text ? postAttribution.exec(line.text) : null;
        if (post) {
          changes.push({ rule: 'boilerplate', start: line.trimStart + post.index, end: line.trimEnd, replacement: '' });
          continue;
        }
      }
      // A footer in other words, on its own line among the text's last five.
      if (i >= tail && i > 0 && !ctx.continues && length <= footerMax && framesTitle(viewOf(line).text, ctx.title)) {
        for (const [start, end] of viewOf(line).pieces) changes.push({ rule: 'boilerplate', start, end, replacement: '', reason: 'a feed\'s footer: it frames the document\'s title and names a site' });
        continue;
      }
      const feed = line.text.includes('appeared first on');
      if (length > maxLine && !feed) continue;
      const view = viewOf(line);
      const footer = feed ? footerIn(line, view.text, ctx.title, i === lastLine && !ctx.continues) : undefined;
      // A footer after text that stays is cut alone; on its own line, the line goes as a whole,
      // each piece of it under its own rule.
      if (footer && !footer.ownLine) {
        changes.push(footer.change);
        continue;
      }
      if (length > maxLine && !footer) continue;
      const lower = view.text.toLowerCase();
      const key = phrases.length > 0 ? straightApostrophes(lower) : '';
      if (view.text !== '' && (footer || lineRule.test(lower) || phrases.some((p) => key.startsWith(p)))) {
        for (const [start, end] of view.pieces) changes.push({ rule: 'boilerplate', start, end, replacement: '' });
      }
    }
    return changes;
  },
};
