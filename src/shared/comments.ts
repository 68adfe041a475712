import { isLongDateLine, relativeDateLine } from './furniture.js';

/**
 * The readers' comments below an article, told by their text alone: a heading that says
 * comments, then within a few lines a comment's header (its author with "says:", or its date).
 * The HTML extractor uses it where a page's class names do not say "comments" (hashed names,
 * utility classes), `page-furniture` on a plain text's or a Markdown file's lines.
 */

/**
 * The heading a blog prints above its comments, quoting the post's title, in the lists'
 * languages as WordPress's locales and themes write it: "3 thoughts on “Title”", "One response
 * to “Title”", "12 Kommentare zu „Title“", "2 Gedanken zu „Title“", "5 réflexions sur « Title »",
 * "3 comentarios en «Title»", "4 commenti su “Title”", "2 comentários em “Title”", "3 komentarze
 * do „Title”", "5 комментариев к «Title»", "2 коментарі до «Title»".
 */
const titledHeading = new RegExp(
  String.raw`^(?:\d{1,5}|one|two|three|four|five|six|seven|eight|nine|ten|ein(?:e|en)?|zwei|drei|un|une|deux|trois|uno|una|dos|tres|due|um|uma|dois|duas|jeden|dwa|trzy|один|одна|два|две|дві|три)\s+` +
    String.raw`(?:thoughts?|comments?|responses?|replies|reactions?|kommentare?|gedanken?|antworten|reaktionen|réflexions?|commentaires?|réponses?|comentarios?|respuestas?|pensamientos?|commenti|commento|risposte?|comentários?|respostas?|komentarz[eya]?|odpowied(?:ź|zi)|комментари(?:й|я|ев)|ответ(?:а|ов)?|коментар(?:ів|і|я)?|відпов(?:ідь|іді|ідей))\s+` +
    String.raw`(?:on|to|zu|auf|sur|à|en|a|sobre|su|em|para|do|na|к|на|до)\s*["“”„«»‘’‚'].{1,200}["“”«»‘’']\s*$`,
  'iu',
);

/** The plural word for comments, in the lists' languages (a singular "Kommentar", "Comment" heads an opinion piece). */
const commentsWord = String.raw`(?:comments|reader comments|kommentare|leserkommentare|commentaires|comentarios|commenti|comentários|komentarze|комментарии|коментарі)`;
/** The word for comments after a count, singular or plural ("1 Comment", "14 Kommentare", "5 комментариев"). */
const countedWord = String.raw`(?:comments?|kommentare?|commentaires?|comentarios?|comment[io]|comentários?|komentarz[eya]?|комментари(?:й|я|ев)|коментар(?:ів|і|я)?)`;
/**
 * A comment section's heading without the post's title: the word for comments, with its count
 * or not, after "All" or not ("Comments", "All Comments 4", "Kommentare (12)", "Leserkommentare",
 * "14 Kommentare", "3 Comments"). Not "Answers" or "Antworten": a Q&A page's answers are what
 * the reader came for.
 */
const countedHeading = new RegExp(
  String.raw`^(?:(?:all|alle|tous les|todos los|tutti i|todos os|wszystkie|все|усі)\s+)?${commentsWord}(?:\s*[:(]?\s*\d{1,5}\)?)?\s*:?$|^\d{1,5}\s+${countedWord}$`,
  'iu',
);

/** A comment's header as WordPress's locales write it: its author's name, then "says:" ("Maria Keller says:", "Anna sagt:", "Paul dit :", "Ana dice:"). */
const saysHeader = /^\S.{0,60}?\s(?:says|said|wrote|sagt|schreibt|schrieb|dit|a écrit|dice|dijo|escribió|scrive|ha detto|ha scritto|diz|disse|escreveu|pisze|napisał|napisała|говорит|пишет|написал|написала|каже|пише|написав)\s?:$/iu;

/**
 * A comment's author and how long ago, on one line ("GuterMensch vor 3 Stunden", "jane_d 2 hours
 * ago", "Ana · hace 5 días"): a name of up to four words without a sentence's punctuation, then
 * what `relativeDateLine` reads.
 */
const authorWord = /^[\p{L}\p{N}@_][\p{L}\p{N}@_.'’-]*$/u;
const maxAuthorWords = 4;
function isNamedRelativeDate(line: string): boolean {
  const words = line.split(' ');
  for (let n = 1; n <= maxAuthorWords && n < words.length; n++) {
    if (!authorWord.test(words[n - 1]!)) return false;
    const rest = words.slice(n).join(' ').replace(/^[·•|–—-]\s/u, '');
    if (relativeDateLine.test(rest)) return true;
  }
  return false;
}

/** The header of the first comment is this many lines below the heading at most (an avatar's alt text, a date between). */
const headerReach = 6;

/** Whether a line is a comment's header: "Maria Keller says:", its date with the time, how long ago, or its author with how long ago. */
export function isCommentHeader(line: string): boolean {
  if (line.length > 90) return false;
  if (saysHeader.test(line) || isLongDateLine(line) || relativeDateLine.test(line)) return true;
  return isNamedRelativeDate(line);
}

/** Whether a line heads a comment section: the post's title quoted after a count of thoughts or comments, or the word for comments with its count or not. */
export function isCommentHeading(line: string): boolean {
  return (line.length <= countedMax && countedHeading.test(line)) || (line.length <= 260 && titledHeading.test(line));
}
/** No heading that only says comments is longer ("Alle Leserkommentare (12345)"); most lines are, and skip its scan. */
const countedMax = 40;

/**
 * Where the readers' comments begin among the lines of a text (each trimmed; blank lines are
 * skipped): the first comment heading (`isCommentHeading`) after the line `after` that a
 * comment's header follows within six lines (`isCommentHeader`); -1 when there is none. The
 * caller says where the article's prose begins (`after`): a heading above it heads no comment
 * below an article (an opinion page's label, a forum's own section).
 */
export function commentSectionStart(lines: readonly string[], after: number): number {
  for (let k = after + 1; k < lines.length; k++) {
    if (!isCommentHeading(lines[k]!.trim())) continue;
    let seen = 0;
    for (let j = k + 1; j < lines.length && seen < headerReach; j++) {
      const t = lines[j]!.trim();
      if (t === '') continue;
      seen++;
      if (isCommentHeader(t)) return k;
    }
  }
  return -1;
}
