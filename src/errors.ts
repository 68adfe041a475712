/**
 * Every error class unscrape throws on purpose. A ConfigurationError ends the run with exit
 * code 2 and one line; the others become a document's error record (`code`, `message`) or, for
 * a write, an `unwritable` report for that file.
 */
import type { Meta } from './types.js';

/** A configuration problem: exit code 2, one line. */
export class ConfigurationError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/** Why bytes could not become text. */
export class DecodeError extends Error {
  constructor(readonly code: 'binary' | 'too-large' | 'gzip' | 'encoding', message: string) {
    super(message);
  }
}

/** Why a JSON document cannot be used; a `no-text` document still has its fields (title, meta). */
export class JsonDocumentError extends Error {
  constructor(readonly code: 'json' | 'no-text', message: string, readonly document?: { title?: string; meta: Meta }) {
    super(message);
  }
}

/** A failure that becomes an error record: a code and a sentence for the user. */
export class DocumentError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/** A write refused or failed: `code` says why, the message is a sentence for the user. */
export class WriteError extends Error {
  constructor(
    readonly code: 'symlink' | 'not-a-file' | 'changed' | 'short-write' | 'io',
    message: string,
  ) {
    super(message);
  }
}
