/** Every whitespace run, no-break spaces included: for metadata values. */
const anySpace = /[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
/** HTML's collapsible whitespace (no-break spaces are text; the clean stage's whitespace rule records them). */
const htmlSpace = /[ \t\n\r\f\v]+/g;

/** Collapse every whitespace run to one space and trim: for titles and metadata. */
export function collapse(s: string): string {
  return s.replace(anySpace, ' ').trim();
}

/** Collapse HTML whitespace runs inside one paragraph to one space and trim the ends. */
export function collapseBlock(s: string): string {
  return s.replace(htmlSpace, ' ').trim();
}
