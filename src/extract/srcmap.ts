import { decodeHTML } from 'entities';
import type { SourceMap } from '../types.js';

/**
 * Where extracted text comes from: for each UTF-16 unit of a text, the span of the source it
 * was read from ([starts[i], ends[i]), UTF-16 offsets of the string the extractor was given),
 * or -1 for a unit the extractor made (a paragraph break, a space between table cells).
 */
export interface Src {
  starts: number[];
  ends: number[];
}

/** A character reference: named (`&amp;`, legacy `&copy` without ";"), decimal or hexadecimal. */
const entity = /&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)/y;
/** How far past the last matched character a character is looked for (a link's address, a tag). */
const defaultWindow = 4096;

/**
 * Map each unit of `value` (a parser's text: entities decoded, escapes and markup removed) to
 * the source between `from` and `to`, in order: each character is looked for from where the
 * last one ended, a character reference matching what it decodes to. A character not found is
 * -1 (and does not move the search). Appends to `out`.
 */
export function alignInto(value: string, source: string, from: number, to: number, out: Src, window = defaultWindow): void {
  let j = from;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const end = Math.min(to, j + window);
    let matched = false;
    for (let k = j; k < end; k++) {
      const s = source.charCodeAt(k);
      if (s === 38 /* & */) {
        entity.lastIndex = k;
        const m = entity.exec(source);
        if (m) {
          const d = decodeHTML(m[0]);
          if (d !== m[0] && d.length > 0 && value.startsWith(d, i)) {
            for (let n = 0; n < d.length; n++) {
              out.starts.push(k);
              out.ends.push(k + m[0].length);
            }
            i += d.length - 1;
            j = k + m[0].length;
            matched = true;
            break;
          }
        }
      }
      if (s === c || (isSpace(c) && isSpace(s))) {
        out.starts.push(k);
        out.ends.push(k + 1);
        j = k + 1;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out.starts.push(-1);
      out.ends.push(-1);
    }
  }
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;

/** Text being built from pieces, with the source span of each unit (see {@link Src}). */
export class MappedText {
  readonly parts: string[] = [];
  readonly src: Src = { starts: [], ends: [] };

  /** A piece the extractor made: no source. */
  made(s: string): void {
    this.parts.push(s);
    for (let i = 0; i < s.length; i++) {
      this.src.starts.push(-1);
      this.src.ends.push(-1);
    }
  }

  /** A piece read from `source` between `from` and `to` (see {@link alignInto}). */
  read(value: string, source: string, from: number, to: number): void {
    this.parts.push(value);
    alignInto(value, source, from, to, this.src);
  }

  get length(): number {
    return this.src.starts.length;
  }
}

/**
 * `collapseBlock` (HTML whitespace runs to one space, ends trimmed) with the source map kept:
 * a collapsed run spans the source of the whole run.
 */
export function collapseMapped(text: string, src: Src): { text: string; src: Src } {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const s = src.starts[i] ?? -1;
    const e = src.ends[i] ?? -1;
    if (isSpace(c)) {
      if (!inRun) {
        out.push(' ');
        starts.push(s);
        ends.push(e);
        inRun = true;
      } else {
        const last = starts.length - 1;
        if (starts[last] === -1) starts[last] = s;
        if (e >= 0) ends[last] = e;
      }
      continue;
    }
    inRun = false;
    out.push(text[i] as string);
    starts.push(s);
    ends.push(e);
  }
  const joined = out.join('');
  const trimmed = joined.trim();
  if (trimmed.length === joined.length) return { text: joined, src: { starts, ends } };
  const lead = joined.length - joined.trimStart().length;
  return { text: trimmed, src: { starts: starts.slice(lead, lead + trimmed.length), ends: ends.slice(lead, lead + trimmed.length) } };
}

/** A paragraph's text read, character by character, from the source between `from` and `to`. */
export function alignedSrc(text: string, source: string, from: number, to: number, window = defaultWindow): Src {
  const src: Src = { starts: [], ends: [] };
  alignInto(text, source, from, to, src, window);
  return src;
}

/** Every unit of the source map moved by `delta` (a piece parsed on its own, at `delta` in the source). */
export function shiftSrc(src: Src, delta: number): Src {
  if (delta === 0) return src;
  return { starts: src.starts.map((s) => (s < 0 ? s : s + delta)), ends: src.ends.map((e) => (e < 0 ? e : e + delta)) };
}

/** Paragraphs joined by a blank line, as `assemble` joins them: one map for the joined text. */
export function joinSrc(parts: ReadonlyArray<{ text: string; src?: Src | undefined }>): SourceMap {
  let n = 0;
  for (const p of parts) n += p.text.length;
  n += Math.max(0, parts.length - 1) * 2;
  const starts = new Int32Array(n).fill(-1);
  const ends = new Int32Array(n).fill(-1);
  let at = 0;
  parts.forEach((p, k) => {
    if (k > 0) at += 2;
    if (p.src && p.src.starts.length === p.text.length) {
      starts.set(p.src.starts, at);
      ends.set(p.src.ends, at);
    }
    at += p.text.length;
  });
  return { starts, ends };
}
