/**
 * compromise, loaded on first use. Its lexicon takes about half a second to unpack, and
 * most documents never reach the few sentences that need a tagger: a worker pays that
 * cost only when a candidate appears. The CommonJS build is one bundled file, which loads
 * faster than the ESM source tree.
 */
import type compromise from 'compromise';
import { lazy } from '../lazy.js';

const load = lazy<typeof compromise>('compromise');

/** Tag `text` with compromise (same API as its default export). */
export function nlp(text: string): ReturnType<typeof compromise> {
  return load()(text);
}
