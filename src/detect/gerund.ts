/**
 * The -ing form of a verb by English spelling rules; lists/lexicon.ts holds compromise's forms
 * for the verbs these rules get wrong (scripts/lexicon.mjs compares the two).
 */
/** The -ing form by the spelling rules: "make" → "making", "stop" → "stopping", "lie" → "lying", "panic" → "panicking". */
export function regularGerund(verb: string): string {
  if (/ie$/.test(verb)) return `${verb.slice(0, -2)}ying`;
  if (/[^aeiouy]e$/.test(verb) || /[aiu]e$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  if (/[aeiou]c$/.test(verb)) return `${verb}king`; // "panic", "mimic"
  // One vowel before a final consonant in a one-syllable word doubles it: "stop", "plan".
  if (/^[^aeiou]*[aeiou][bdfgklmnprtvz]$/.test(verb)) return `${verb}${verb.slice(-1)}ing`;
  return `${verb}ing`;
}
