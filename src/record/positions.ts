/**
 * Positions in a source text: UTF-16 offsets (what JavaScript strings index) to code-point
 * offsets (what unscrape/1 records carry) and to 1-based line and column.
 */
export class SourceIndex {
  readonly #text: string;
  /** UTF-16 offsets of the second half of each surrogate pair, ascending; empty for BMP text. */
  readonly #lows: number[] = [];
  #lineStarts: number[] | undefined;

  constructor(text: string) {
    this.#text = text;
    if (/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
      const re = /[\uD800-\uDBFF](?=[\uDC00-\uDFFF])/g;
      for (let m = re.exec(text); m; m = re.exec(text)) this.#lows.push(m.index + 1);
    }
  }

  /** Code-point offset of UTF-16 offset `u`. */
  cp(u: number): number {
    return u - countBelow(this.#lows, u);
  }

  /** UTF-16 offset of code-point offset `cp` (the inverse of {@link cp}). */
  unit(cp: number): number {
    const lows = this.#lows;
    // Pair j starts at code point lows[j] - 1 - j: count the pairs that start before `cp`.
    let lo = 0;
    let hi = lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lows[mid]! - 1 - mid < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }

  /** 1-based line and code-point column of UTF-16 offset `u`. */
  lineColumn(u: number): { line: number; column: number } {
    if (!this.#lineStarts) {
      const starts = [0];
      for (let i = this.#text.indexOf('\n'); i >= 0; i = this.#text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.#lineStarts = starts;
    }
    const starts = this.#lineStarts;
    const k = countBelow(starts, u + 1) - 1;
    const lineStart = starts[k]!;
    return { line: k + 1, column: this.cp(u) - this.cp(lineStart) + 1 };
  }
}

/** How many values of the ascending array are < x. */
function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
