// Markdown and HTML read as text, to compare a span of a file with the record's text of it.
// Shared by tests/markdown-positions.test.ts and scripts/md-positions.mjs.
import { decodeHTML } from 'entities';

/**
 * `s` with its markup read as text: comments, tags, images, link addresses and reference
 * labels, emphasis, code, strike-through, heading, quote and table marks, list bullets and
 * backslash escapes dropped, character references decoded, whitespace runs one space.
 */
export function asText(s) {
  return decodeHTML(
    s
      .replace(/<!--[^]*?(-->|$)/g, ' ')
      .replace(/<\/?[A-Za-z][^<>]*(>|$)/g, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/\]\[[^\]]*\]/g, ']')
      .replace(/^[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+/gm, '')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1'),
  )
    .replace(/[*_~`#>|[\]\\]/g, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The front matter of a Markdown file ('' when none). */
export function frontMatter(file) {
  const m = /^---\r?\n[^]*?\r?\n(?:---|\.\.\.)\r?\n/.exec(file);
  return m ? m[0] : '';
}

/**
 * Every removal, edit and finding of `record` checked against the decoded file: the span
 * [start, end) (code points) read as text equals the record's text, before or excerpt read as text.
 */
export function positionsOk(file, record) {
  const chars = [...file];
  const failures = [];
  const spans = [
    ...record.removed.map((r) => ({ kind: 'removed', rule: r.rule, start: r.start, end: r.end, text: r.text })),
    ...record.edits.map((e) => ({ kind: 'edit', rule: e.rule, start: e.start, end: e.end, text: e.before })),
    ...record.findings.map((f) => ({ kind: 'finding', rule: f.rule, start: f.start, end: f.end, text: f.excerpt })),
  ];
  for (const s of spans) {
    const slice = chars.slice(s.start, s.end).join('');
    // Compared without whitespace: a tag between two words reads as a space or as nothing.
    const bare = (t) => asText(t).replace(/\s+/gu, '');
    if (s.end > chars.length || bare(slice) !== bare(s.text)) failures.push({ ...s, file: slice });
  }
  return { total: spans.length, failures };
}
