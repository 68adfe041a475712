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
