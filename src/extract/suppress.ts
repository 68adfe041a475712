import type { Suppression } from '../types.js';

/** What an `unscrape-…` comment asks for. */
export interface Directive {
  kind: 'next' | 'disable' | 'enable';
  rules: string[];
}

/** A directive at a place in the paragraph list: it applies from paragraph `at` on. */
export interface Marker extends Directive {
  at: number;
}

const directive = /^\s*unscrape-(disable-next-line|disable|enable)(?=\s|$)([^]*)$/;

/**
 * Read an inline suppression comment's body (`unscrape-disable-next-line rule-a, rule-b`,
 * `unscrape-disable`, `unscrape-enable`); an ESLint-style ` -- reason` tail is ignored.
 */
export function parseDirective(comment: string): Directive | undefined {
  const m = directive.exec(comment);
  if (!m) return undefined;
  const kind = m[1] === 'disable-next-line' ? 'next' : m[1] === 'disable' ? 'disable' : 'enable';
  const list = (m[2] ?? '').split(/\s--\s/)[0] ?? '';
  const rules = list.split(/[\s,]+/).filter(Boolean);
  return { kind, rules };
}

/**
 * Turn markers over the candidate paragraphs into regions of the final text.
 * `kept[i]` is the candidate index of output paragraph i, `spans[i]` its [start, end) in the text.
 * disable-next-line covers the next kept paragraph; disable … enable covers every kept
 * paragraph in between (to the end of the text when never re-enabled).
 */
export function resolveSuppressions(markers: Marker[], kept: number[], spans: Array<[number, number]>): Suppression[] {
  const out: Suppression[] = [];
  const firstAtOrAfter = (at: number) => {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid] as number) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const open: Marker[] = [];
  const close = (m: Marker, endAt: number) => {
    const a = firstAtOrAfter(m.at);
    const b = firstAtOrAfter(endAt) - 1;
    if (a <= b && a < spans.length) out.push({ start: (spans[a] as [number, number])[0], end: (spans[b] as [number, number])[1], rules: m.rules });
  };
  for (const m of markers) {
    if (m.kind === 'next') {
      const a = firstAtOrAfter(m.at);
      if (a < spans.length) out.push({ start: (spans[a] as [number, number])[0], end: (spans[a] as [number, number])[1], rules: m.rules });
    } else if (m.kind === 'disable') open.push(m);
    else {
      // `unscrape-enable` closes every open region, `unscrape-enable rule` only those naming it
      for (let i = open.length - 1; i >= 0; i--) {
        const o = open[i] as Marker;
        if (m.rules.length === 0 || o.rules.some((r) => m.rules.includes(r))) {
          close(o, m.at);
          open.splice(i, 1);
        }
      }
    }
  }
  for (const o of open) close(o, Number.MAX_SAFE_INTEGER);
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}
