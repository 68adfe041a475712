import type { InputFormat } from '../types.js';

const byExtension: ReadonlyArray<[RegExp, InputFormat]> = [
  [/\.(txt|text)$/i, 'text'],
  [/\.(html?|xhtml)$/i, 'html'],
  [/\.(md|markdown|mdown|mkd)$/i, 'markdown'],
  [/\.json$/i, 'json'],
  [/\.(jsonl|ndjson)$/i, 'jsonl'],
];

/** The file name without a trailing `.gz`. */
export function withoutGz(path: string): string {
  return path.replace(/\.gz$/i, '');
}

/** The format a path's extension names, if any. */
export function formatFromPath(path: string): InputFormat | undefined {
  const name = withoutGz(path);
  for (const [re, format] of byExtension) if (re.test(name)) return format;
  return undefined;
}

/** Extensions that `clean` and `check` pick up when walking a folder. */
export const inputExtensions = ['txt', 'text', 'html', 'htm', 'xhtml', 'md', 'markdown', 'json', 'jsonl', 'ndjson'];

/** Guess a format from the start of the decoded text. */
export function formatFromContent(text: string): InputFormat {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (/^---\r?\n/.test(head)) return 'markdown';
  if (/^(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)/i.test(head)) return 'html';
  if (/^<(div|p|article|section|main|h[1-6])[\s>]/i.test(head) && /<\/(p|div|article|section|h[1-6])>/i.test(head)) return 'html';
  if (head.startsWith('{')) {
    const firstLine = head.split('\n', 1)[0]!.trim();
    try {
      JSON.parse(firstLine);
      return text.trim().includes('\n') ? 'jsonl' : 'json';
    } catch {
      return 'json';
    }
  }
  return 'text';
}
