import type { Meta } from '../types.js';

/** A JSON document split into its content and its metadata. */
export interface JsonDocument {
  kind: 'text' | 'html' | 'markdown';
  content: string;
  title?: string;
  meta: Meta;
}

/** Fields that carry the content, in order of preference. */
const contentFields: ReadonlyArray<[string, JsonDocument['kind']]> = [
  ['text', 'text'], ['html', 'html'], ['markdown', 'markdown'], ['content', 'text'], ['body', 'text'], ['article', 'text'],
];

/** Why a JSON document cannot be used. */
export class JsonDocumentError extends Error {
  constructor(readonly code: 'json' | 'no-text', message: string) {
    super(message);
  }
}

/**
 * Read one JSON document: `{ "text": … }` or `{ "html": … }` (also `markdown`, `content`,
 * `body`, `article`); `title` becomes the title; every other field is kept in `meta` as it is.
 */
export function readJsonDocument(raw: string): JsonDocument {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new JsonDocumentError('json', `not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new JsonDocumentError('json', 'a JSON document must be an object such as {"text": "…"}');
  }
  const record = value as Record<string, unknown>;
  const field = contentFields.find(([name]) => typeof record[name] === 'string');
  if (!field) {
    throw new JsonDocumentError('no-text', `no text field: expected one of ${contentFields.map(([n]) => `"${n}"`).join(', ')} holding a string`);
  }
  const meta: Meta = {};
  for (const [key, v] of Object.entries(record)) {
    if (key === field[0] || key === 'title') continue;
    meta[key] = v;
  }
  const doc: JsonDocument = { kind: field[1], content: record[field[0]] as string, meta };
  if (typeof record.title === 'string' && record.title.trim() !== '') doc.title = record.title.trim();
  return doc;
}
