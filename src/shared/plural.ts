/** "1 file", "3 files": a count and its word, plural with an s. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
