import type { Meta, SourceMap } from '../types.js';
import { JsonDocumentError } from '../errors.js';

/** A JSON document split into its content and its metadata. */
export interface JsonDocument {
  kind: 'text' | 'html' | 'markdown';
  content: string;
  title?: string;
  meta: Meta;
  /** Where the content is in the JSON text (with `located`, see {@link readJsonDocument}). */
  field?: JsonField;
}

/** The content field of a JSON document in its text: what `check` places problems in and `--fix` rewrites. */
export interface JsonField {
  name: string;
  /** UTF-16 offsets of the value's string token in the JSON text, quotes included. */
  start: number;
  end: number;
  /** From each UTF-16 unit of the value to its span in the JSON text (an escape spans all of it: `\n`, `\u00e9`). */
  map: SourceMap;
}

/**
 * Fields that carry the content, in order of preference; last, the body fields of well-known
 * scrapers' records, which name no `text`: news-please's `maintext`, and `articleBody` as
 * schema.org's NewsArticle (and the article-extraction benchmark's records) name it.
 */
export const contentFields: ReadonlyArray<readonly [string, JsonDocument['kind']]> = [
  ['text', 'text'], ['html', 'html'], ['markdown', 'markdown'], ['content', 'text'], ['body', 'text'], ['article', 'text'],
  ['maintext', 'text'], ['articleBody', 'text'],
];

/**
 * The fields tried for a document's content, in order: the `--text-field` names (`textFields`
 * in the configuration) first, then the built-in ones. A named field is plain text, unless it
 * is a built-in name (`html` stays HTML).
 */
export function fieldsToTry(textFields: readonly string[] = []): ReadonlyArray<readonly [string, JsonDocument['kind']]> {
  if (textFields.length === 0) return contentFields;
  const builtIn = new Map(contentFields);
  const named = textFields.map((name) => [name, builtIn.get(name) ?? 'text'] as const);
  return [...named, ...contentFields.filter(([name]) => !textFields.includes(name))];
}

/**
 * Read one JSON document: `{ "text": … }` or `{ "html": … }` (also `markdown`, `content`,
 * `body`, `article`; `textFields` are tried first); `title` becomes the title; every other
 * field is kept in `meta` as it is.
 */
export function readJsonDocument(raw: string, textFields?: readonly string[], located = false): JsonDocument {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new JsonDocumentError('json', `not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new JsonDocumentError('json', 'a JSON document must be an object such as {"text": "…"}');
  }
  if (deeperThan(value, maxDepth)) throw new JsonDocumentError('json', `nested deeper than ${maxDepth} levels`);
  const record = value as Record<string, unknown>;
  const fields = fieldsToTry(textFields);
  const field = fields.find(([name]) => Object.prototype.hasOwnProperty.call(record, name) && typeof record[name] === 'string');
  const meta: Meta = {};
  const stringTitle = typeof record.title === 'string';
  for (const [key, v] of Object.entries(record)) {
    // A title that is not a string (a number, an object) is kept as data, not dropped.
    if (key === field?.[0] || (key === 'title' && stringTitle)) continue;
    // Defined, not assigned: a "__proto__" key is kept as a field, and sets no prototype.
    Object.defineProperty(meta, key, { value: v, enumerable: true, writable: true, configurable: true });
  }
  const title = stringTitle && (record.title as string).trim() !== '' ? (record.title as string).trim() : undefined;
  if (!field) {
    const tried = fields.map(([n]) => JSON.stringify(n)).join(', ');
    throw new JsonDocumentError('no-text', `no text field: expected one of ${tried} holding a string${textFields?.length ? '' : ' (--text-field NAME names another)'}`, title !== undefined ? { title, meta } : { meta });
  }
  const doc: JsonDocument = { kind: field[1], content: record[field[0]] as string, meta };
  if (title !== undefined) doc.title = title;
  if (located) {
    // JSON.parse keeps the last of duplicate keys: so does the place.
    const token = jsonStringFields(raw)?.filter((f) => f.name === field[0]).pop();
    if (token && token.value === doc.content) doc.field = { name: field[0], start: token.start, end: token.end, map: stringTokenMap(raw, token.start, token.end, doc.content.length) };
  }
  return doc;
}

/** A string member of the top-level object of a JSON text: where its value's token is. */
export interface JsonStringField {
  name: string;
  value: string;
  /** UTF-16 offsets of the value token, quotes included. */
  start: number;
  end: number;
}

/**
 * The top-level members of a JSON object whose values are strings, with the place of each value
 * token, so that one field can be placed and replaced and every other byte kept. Undefined when
 * `json` is not an object.
 */
export function jsonStringFields(json: string): JsonStringField[] | undefined {
  const fields: JsonStringField[] = [];
  let i = skipBlank(json, 0);
  if (json[i] !== '{') return undefined;
  let depth = 0;
  let key: string | undefined;
  let expectValue = false;
  for (; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 34 /* " */) {
      const end = stringEnd(json, i);
      if (end < 0) return undefined;
      if (depth === 1) {
        const text = JSON.parse(json.slice(i, end)) as string;
        if (expectValue && key !== undefined) {
          fields.push({ name: key, value: text, start: i, end });
          key = undefined;
          expectValue = false;
        } else key = text;
      }
      i = end - 1;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      expectValue = false;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
    else if (c === 58 /* : */ && depth === 1) expectValue = true;
    else if (c === 44 /* , */ && depth === 1) {
      key = undefined;
      expectValue = false;
    } else if (depth === 1 && expectValue && !isJsonBlank(c)) expectValue = false;
  }
  return fields;
}

const isJsonBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

function skipBlank(s: string, i: number): number {
  while (i < s.length && isJsonBlank(s.charCodeAt(i))) i++;
  return i;
}

/** Offset after the closing quote of the string token starting at `i`, or -1. */
function stringEnd(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 92 /* \ */) j++;
    else if (c === 34) return j + 1;
  }
  return -1;
}

/**
 * The map from the decoded value of the string token [start, end) (quotes included) to the
 * token: a plain character is itself, an escape (`\n`, `\"`, `\u00e9`) spans its whole
 * sequence; each half of a surrogate pair written `\ud83d\ude00` spans its own escape.
 */
export function stringTokenMap(json: string, start: number, end: number, length: number): SourceMap {
  const starts = new Int32Array(length).fill(-1);
  const ends = new Int32Array(length).fill(-1);
  let u = 0;
  for (let j = start + 1; j < end - 1 && u < length; u++) {
    const width = json.charCodeAt(j) !== 92 ? 1 : json.charCodeAt(j + 1) === 117 /* u */ ? 6 : 2;
    starts[u] = j;
    ends[u] = j + width;
    j += width;
  }
  return { starts, ends };
}

/**
 * Deeper JSON is refused: serializing or copying it later overflows the stack (200,000 nested
 * arrays gave an `internal` error); no scraped record nests past a few levels.
 */
const maxDepth = 1000;

/** Whether `value` nests deeper than `limit`, measured without recursion. */
function deeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (depth > limit) return true;
    if (typeof v !== 'object' || v === null) continue;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}
