#!/usr/bin/env node
/**
 * Writes src/detect/lists/lexicon.ts: the word lists of compromise (MIT, a dev dependency) that
 * src/detect/tagger.ts tags with. compromise itself takes about 0.3 s and 30 MB to load in every
 * worker (it unpacks and conjugates its lexicon at start), and its tagger about 3 ms a sentence;
 * the two rules that need tags read only a few of them, which this table gives in a few
 * milliseconds. Run after upgrading compromise: `npm run lexicon` (it builds first: the gerund
 * rules are read from dist/detect/gerund.js).
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const { version } = nlp;
const model = nlp.world().model;

/** The tags the tagger keeps (others, such as Emoticon or Url, never reach its rules). */
const keptTags = new Set([
  'Noun', 'Singular', 'Plural', 'Uncountable', 'Actor', 'ProperNoun', 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific',
  'Place', 'Country', 'City', 'Region', 'Organization', 'Company', 'School', 'SportsTeam', 'Demonym', 'Pronoun', 'Reflexive', 'Possessive', 'Unit',
  'Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Participle', 'PhrasalVerb', 'Copula', 'Modal', 'Auxiliary',
  'Adjective', 'Comparative', 'Superlative', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord',
  'Expression', 'Value', 'Cardinal', 'Ordinal', 'TextValue', 'Date', 'Month', 'WeekDay', 'Year', 'Duration', 'Holiday', 'Season', 'Acronym', 'Abbreviation', 'Negative',
]);

/** Names of places, organisations and people that take several words ("hong kong", "white house"). */
const nameTags = new Set(['ProperNoun', 'Person', 'Place', 'Country', 'City', 'Region', 'Organization', 'Company', 'School', 'SportsTeam', 'Honorific', 'LastName', 'Actor', 'Demonym']);
const groups = new Map();
const multi = new Map();
for (const [word, value] of Object.entries(model.one.lexicon)) {
  const all = Array.isArray(value) ? value : [value];
  // A word the lexicon knows keeps at least one tag, so that it is known (an "Expression" such as "no").
  const tags = [...new Set(all.filter((t) => keptTags.has(t)))].sort();
  const key = tags.length > 0 ? tags.join(',') : 'Expression';
  const target = /^[a-z][a-z'’.-]*$/.test(word) ? groups : /^[a-z][a-z'’.-]*(?: [a-z][a-z'’.-]*){1,3}$/.test(word) && tags.some((t) => nameTags.has(t)) ? multi : undefined;
  if (!target) continue;
  if (!target.has(key)) target.set(key, []);
  target.get(key).push(target === multi ? word.replace(/ /g, '_') : word);
}
const switches = new Map();
for (const [word, kind] of Object.entries(model.two.switches)) {
  if (!/^[a-z][a-z'’.-]*$/.test(word)) continue;
  if (!switches.has(kind)) switches.set(kind, []);
  switches.get(kind).push(word);
}
const suffixes = {};
for (const table of model.two.suffixPatterns) {
  for (const [suffix, tag] of Object.entries(table ?? {})) if (keptTags.has(tag) && /^[a-z'’]+$/.test(suffix)) suffixes[suffix] = tag;
}
const parents = {};
for (const tag of keptTags) {
  const p = (model.one.tagSet[tag]?.parents ?? []).filter((t) => keptTags.has(t));
  if (p.length) parents[tag] = p;
}

/** Gerunds the regular spelling rules of tagger.ts would get wrong. */
const { regularGerund } = await import('../dist/detect/gerund.js').catch(() => ({ regularGerund: undefined }));
if (!regularGerund) throw new Error('build first (npm run build): the gerund rules are read from dist/detect/gerund.js');
const gerunds = {};
const infinitives = [...groups].filter(([k]) => k.split(',').includes('Infinitive')).flatMap(([, w]) => w);
for (const verb of infinitives) {
  const doc = nlp(verb);
  doc.tag('Infinitive');
  const g = doc.verbs().conjugate()[0]?.Gerund;
  // compromise returns some verbs unchanged ("abet", "annul"): only its -ing forms count.
  if (g && /^[a-z]+ing$/.test(g) && g !== regularGerund(verb)) gerunds[verb] = g;
}

const sorted = (m) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, v.sort().join(' ')]));
const out = `/**
 * Word lists of compromise ${version} (MIT, https://github.com/spencermountain/compromise), written
 * by scripts/lexicon.mjs: do not edit by hand. Lower-case single words by their tags, names of
 * several words (joined by "_"), the words
 * whose part of speech depends on context ("switches"), compromise's suffix guesses for unknown
 * words, each tag's parents, and the gerunds that do not follow the spelling rules.
 */
export const lexicon: Record<string, string> = ${JSON.stringify(sorted(groups), null, 1)};

export const multiword: Record<string, string> = ${JSON.stringify(sorted(multi), null, 1)};

export const switchesByKind: Record<string, string> = ${JSON.stringify(sorted(switches), null, 1)};

export const suffixes: Record<string, string> = ${JSON.stringify(suffixes)};

/** Last words of organisation and place names ("… Commission", "… Bay"). */
export const orgWordList = ${JSON.stringify(Object.keys(model.two.orgWords).sort().join(' '))};
export const placeWordList = ${JSON.stringify(Object.keys(model.two.placeWords).sort().join(' '))};

export const parents: Record<string, string[]> = ${JSON.stringify(parents)};

export const gerunds: Record<string, string> = ${JSON.stringify(gerunds)};
`;
writeFileSync(new URL('../src/detect/lists/lexicon.ts', import.meta.url), out);
console.log(`lexicon.ts: ${[...groups.values()].reduce((n, w) => n + w.length, 0)} words in ${groups.size} tag sets, ${Object.keys(model.two.switches).length} switches, ${Object.keys(suffixes).length} suffixes, ${Object.keys(gerunds).length} irregular gerunds`);
