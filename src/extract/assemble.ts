import type { Suppression } from '../types.js';
import { BOILERPLATE_LINES, TRAILER_LINK_TEXTS } from './selectors.js';
import { resolveSuppressions, type Marker } from './suppress.js';
import { collapse } from './text.js';

/** A paragraph candidate as any extractor produces it. */
export interface Para {
  text: string;
  /** Raw characters, and how many of them were link text. */
  chars: number;
  linkChars: number;
}

/** A paragraph is link furniture when most of its characters are link text. */
const LINK_DENSITY_MAX = 0.6;

/** A line compared with the phrase lists: lowercased, framing punctuation and arrows removed. */
export const lineKey = (s: string): string =>
  s.toLowerCase().replace(/[\s:.!|›»>→-]+$/u, '').replace(/^[\s|›»<←-]+/u, '');

/** Short furniture lines ("Advertisement", "Share this article") and link-only paragraphs. */
export function isFurniture(p: Para): boolean {
  if (p.text.length <= 60 && BOILERPLATE_LINES.has(lineKey(p.text))) return true;
  return p.chars > 0 && p.linkChars / p.chars > LINK_DENSITY_MAX;
}

/** Options of {@link assemble}. */
export interface AssembleOptions {
  title?: string | undefined;
  /** Drop furniture lines and link-only paragraphs (HTML); Markdown keeps every paragraph. */
  furniture: boolean;
}

/**
 * Join the chosen paragraphs into the extracted text: furniture dropped (when asked), the
 * auto-blog "Source" trailer dropped, the title not repeated first; suppression markers
 * become regions of the joined text.
 */
export function assemble(paras: Para[], candidates: number[], markers: Marker[], opts: AssembleOptions): { text: string; suppressions?: Suppression[] } {
  const kept = opts.furniture ? candidates.filter((i) => !isFurniture(paras[i] as Para)) : candidates.slice();
  // the auto-blog trailer: a last paragraph that is only a "Source" link
  const last = kept.length ? (paras[kept[kept.length - 1] as number] as Para) : undefined;
  if (last && last.linkChars >= last.chars * 0.8 && TRAILER_LINK_TEXTS.has(lineKey(last.text))) kept.pop();
  const first = kept.length ? (paras[kept[0] as number] as Para) : undefined;
  if (first && opts.title && collapse(first.text).toLowerCase() === collapse(opts.title).toLowerCase()) kept.shift();

  const spans: Array<[number, number]> = [];
  const parts: string[] = [];
  let pos = 0;
  for (const i of kept) {
    const t = (paras[i] as Para).text;
    if (parts.length) pos += 2;
    spans.push([pos, pos + t.length]);
    pos += t.length;
    parts.push(t);
  }
  const suppressions = resolveSuppressions(markers, kept, spans);
  return suppressions.length ? { text: parts.join('\n\n'), suppressions } : { text: parts.join('\n\n') };
}
