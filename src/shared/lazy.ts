import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS package loaded on first use. Start-up is paid by every worker of the pool, so a
 * package that most documents never need (a charset detector and decoder for files that are not
 * UTF-8) is loaded only when one does.
 */
export function lazy<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}
