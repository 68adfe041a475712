/**
 * franc-min's guess of a text's language, from franc-min's own models and script patterns, and
 * the same answer for every text (tests/franc.test.ts checks it against franc on every fixture
 * and on generated text).
 *
 * Why not call franc: it scores a text against each language of its script in turn, looking up
 * each of the text's trigrams in that language's model, an object of 300 keys: 44 lookups per
 * trigram for a Latin-script text, through V8's slowest (megamorphic) property path: a large
 * share of the work on a news corpus where some texts are not in English. Here each trigram is
 * looked up once, in a map from trigram to its rank in every language of the script, and the
 * models are built only when the first text needs them (an English corpus never does), not
 * when the worker starts. The measurements: docs/performance.md.
 */
import { trigrams } from 'trigram-utils';
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc reads at most this many characters. */
const maxLength = 2048;
/** What a trigram adds to a language's distance when that language's model lacks it. */
const maxDifference = 300;

/**
 * The languages of one script, and for each trigram the languages whose models have it, with
 * its rank there: pairs (language index, rank) one after the other.
 */
interface ScriptModel {
  languages: string[];
  ranks: Map<string, Int16Array>;
}

const scripts = Object.entries(expressions);
let models: Map<string, ScriptModel> | undefined;

function buildModels(): Map<string, ScriptModel> {
  const built = new Map<string, ScriptModel>();
  for (const [script, languages] of Object.entries(data)) {
    const names = Object.keys(languages);
    const pairs = new Map<string, number[]>();
    names.forEach((name, l) => {
      const ranked = languages[name]!.split('|');
      for (let rank = 0; rank < ranked.length; rank++) {
        const row = pairs.get(ranked[rank]!);
        if (row === undefined) pairs.set(ranked[rank]!, [l, rank]);
        // franc keeps a trigram's first rank when its model lists it twice.
        else if (row[row.length - 2] !== l) row.push(l, rank);
      }
    });
    const ranks = new Map<string, Int16Array>();
    for (const [trigram, row] of pairs) ranks.set(trigram, Int16Array.from(row));
    built.set(script, { languages: names, ranks });
  }
  return built;
}

/**
 * The ISO 639-3 code franc-min's `franc(value, { minLength })` gives: "und" for a text shorter
 * than `minLength` or without letters of any script it knows.
 */
export function guessLanguage(value: string, minLength: number): string {
  if (value.length < minLength) return 'und';
  const text = value.slice(0, maxLength);
  // The script most of the characters are in (the first listed on a tie).
  let top: string | undefined;
  let topCount = -1;
  for (const [script, expression] of scripts) {
    const count = text.match(expression)?.length ?? 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  if (top === undefined || topCount === 0) return 'und';
  models ??= buildModels();
  const model = models.get(top);
  // A script of one language (Greek, Korean …) names it.
  if (model === undefined) return top;
  // The text's trigrams with their counts. (trigram-utils' asDictionary counts them in an
  // object keyed by trigram, which makes V8 intern each one; a Map only hashes them.)
  const counts = new Map<string, number>();
  for (const trigram of trigrams(text)) counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  // franc's distance of a language: for each trigram, the difference of its count and its rank
  // when the language's model has it, else 300. So each distance is 300 per trigram less what
  // the trigrams its model has save: the nearest language saves the most, and only the
  // (language, rank) pairs of the text's trigrams need visiting.
  const saved = new Int32Array(model.languages.length);
  for (const [trigram, count] of counts) {
    const row = model.ranks.get(trigram);
    if (row === undefined) continue;
    for (let k = 0; k < row.length; k += 2) saved[row[k]!]! += maxDifference - Math.abs(count - row[k + 1]! - 1);
  }
  // The nearest language; on a tie the first listed, as franc's stable sort leaves it.
  let best = 0;
  for (let l = 1; l < saved.length; l++) if (saved[l]! > saved[best]!) best = l;
  return model.languages[best]!;
}
