import type { Meta } from '../types.js';
import { JsonDocumentError } from '../errors.js';

/** A JSON document split into its content and its metadata. */
export interface JsonDocument {
  kind: 'text' | 'html' | 'markdown';
  content: string;
  title?: string;
  meta: Meta;
}

/** Fields that carry the content, in order of preference. */
export const contentFields: ReadonlyArray<readonly [string, JsonDocument['kind']]> = [
  ['text', 'text'], ['html', 'html'], ['markdown', 'markdown'], ['content', 'text'], ['body', 'text'], ['article', 'text'],
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
export function readJsonDocument(raw: string, textFields?: readonly string[]): JsonDocument {
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
  return doc;
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
