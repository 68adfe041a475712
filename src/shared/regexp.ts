/** Escape a literal string for use in a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A line that ends as a sentence ends: a full stop, question or exclamation mark or ellipsis, then closing quotes or brackets. */
export const sentenceEnd = /[.!?…]["'”’»)\]]*$/u;

/** A site's address as text names it, a pattern's source: "example.com", "kiwiledger.co.nz", "HoustonChronicle.com". */
export const siteDomain = String.raw`[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,12}`;

/** `s` with its typographic apostrophes (’ ‘ ʼ) read as the straight one the lists write: "Editor’s picks" is "Editor's picks". */
export function straightApostrophes(s: string): string {
  return s.replace(/[’‘ʼ]/gu, "'");
}
