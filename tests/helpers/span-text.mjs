// A file's span read as text, compared with a record's text of it: shared by
// tests/source-map.test.ts and scripts/source-map.mjs.
import { asText } from './md-text.mjs';

/**
 * Every removal, edit and finding of `record` placed in `file` by `place(start, end)` (record
 * code points -> UTF-16 offsets of `file`): the file's span, its tags dropped and character
 * references decoded (and, for `json`, its JSON escapes decoded first), must read as the
 * record's text, before or excerpt read the same way, whitespace aside.
 */
export function spanFailures(file, record, place, json) {
  const failures = [];
  let notVerbatim = 0;
  const spans = [
    ...record.removed.map((r) => ({ kind: 'removed', rule: r.rule, start: r.start, end: r.end, text: r.text })),
    ...record.edits.map((e) => ({ kind: 'edit', rule: e.rule, start: e.start, end: e.end, text: e.before })),
    ...record.findings.map((f) => ({ kind: 'finding', rule: f.rule, start: f.start, end: f.end, text: f.excerpt })),
  ];
  const bare = (t) => asText(t).replace(/\s+/gu, '');
  for (const s of spans) {
    const [a, b] = place(s.start, s.end);
    let slice = file.slice(a, b);
    if (slice !== s.text) notVerbatim++;
    if (json) {
      try {
        slice = JSON.parse(`"${slice}"`);
      } catch {
        failures.push({ ...s, file: slice, why: 'not a whole JSON string part' });
        continue;
      }
    }
    if (bare(slice) !== bare(s.text)) failures.push({ ...s, file: slice });
  }
  return { total: spans.length, notVerbatim, failures };
}
