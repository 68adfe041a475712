import type { SourceMap } from '../types.js';

/**
 * The span of the input that the extracted span [start, end) (UTF-16 offsets) was read from:
 * from the first unit of it that has a source to the end of the last one, so that markup
 * between them (emphasis, a link's address, a tag, a line break's quote marker) is inside.
 * A span of made units only (a paragraph break) is the empty place after the source of the
 * unit before it (else before the next one).
 */
export function mapSpan(map: SourceMap, start: number, end: number): [number, number] {
  const { starts, ends } = map;
  const n = starts.length;
  let a = -1;
  for (let i = start; i < end && i < n; i++) {
    if (starts[i]! >= 0) {
      a = starts[i]!;
      break;
    }
  }
  if (a >= 0) {
    let b = a;
    for (let i = Math.min(end, n) - 1; i >= start; i--) {
      if (ends[i]! >= 0) {
        b = ends[i]!;
        break;
      }
    }
    return [a, Math.max(a, b)];
  }
  for (let i = Math.min(start, n) - 1; i >= 0; i--) if (ends[i]! >= 0) return [ends[i]!, ends[i]!];
  for (let i = end; i < n; i++) if (starts[i]! >= 0) return [starts[i]!, starts[i]!];
  return [0, 0];
}

/**
 * Two maps in a row: `inner` from a text A to a text B, `outer` from B to C; the result goes
 * from A to C (a unit of A spans the C source of the B span it was read from). Made units stay
 * made.
 */
export function composeMaps(inner: SourceMap, outer: SourceMap): SourceMap {
  const n = inner.starts.length;
  const starts = new Int32Array(n).fill(-1);
  const ends = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const s = inner.starts[i]!;
    if (s < 0) continue;
    const [a, b] = mapSpan(outer, s, Math.max(s + 1, inner.ends[i]!));
    starts[i] = a;
    ends[i] = b;
  }
  return { starts, ends };
}
