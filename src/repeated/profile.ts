/**
 * A profile of each site's repeated lines: counted in bounded memory (a capped map of hashed
 * keys, pruned of the rarest when full), written by `unscrape learn`, read by `--profile`, and
 * narrowed to what qualifies before it travels to the workers.
 */
import { createHash } from 'node:crypto';
import { documentKeys, type LineKind } from './lines.js';

/** One site's documents and the keys (fingerprints "l:", templates "c:"/"u:") seen in at least `minDocuments` of them. */
export interface SiteCounts {
  documents: number;
  lines: Record<string, number>;
}

/** The JSON that `unscrape learn` writes. */
export interface Profile {
  schema: typeof profileSchema;
  /** Documents counted (identical documents once). */
  documents: number;
  sites: Record<string, SiteCounts>;
}

export const profileSchema = 'unscrape-profile/1';

/** A line is never the site's template in fewer documents than this (a site of 2 documents learns nothing). */
export const minDocuments = 3;
/** …nor in a smaller share of the site's documents. */
export const minShare = 0.05;
/** A short complete sentence ("Follow us for more news.") or a notice needs more: half of the site's documents (repeated-line keeps a document's sentences when most of them repeat). */
export const sentenceDocuments = 3;
export const sentenceShare = 0.5;

/** Whether a key seen in `count` of `documents` documents is boilerplate, for a line of `kind`. */
export function qualifies(count: number, documents: number, kind: LineKind): boolean {
  if (documents < minDocuments) return false;
  return kind === 'short' ? count >= minDocuments && count >= minShare * documents : count >= sentenceDocuments && count >= sentenceShare * documents;
}

/** Most hashed keys kept while counting: about 60 MB. */
const defaultCap = 1_000_000;
/** Most document hashes kept to skip identical documents. */
const seenCap = 1_000_000;

/**
 * Counts, per site, in how many documents each key occurs. Keys are hashed to 53 bits with
 * their site; a key's text is kept from its second document on. When the map holds `cap`
 * keys, the keys seen in the fewest documents are dropped (lossy counting): a key dropped at
 * count c undercounts by at most c, and only keys rarer than every kept one are lost.
 */
export class RepetitionCounter {
  private readonly counts = new Map<number, number>();
  private readonly texts = new Map<number, string>();
  private readonly siteDocs = new Map<string, number>();
  private readonly seen = new Set<number>();
  /** Documents counted. */
  documents = 0;
  /** Identical documents skipped. */
  duplicates = 0;
  /** Highest count dropped when pruning (0: counts are exact). */
  dropped = 0;

  constructor(private readonly cap = defaultCap) {}

  /** Count one document's lines for `site`. `whole` identifies the document (identical ones count once). */
  add(site: string, lines: readonly string[], whole: string): void {
    const documents = this.documents;
    this.count(site, documentId(whole));
    if (this.documents === documents) return;
    const seed = hash(site + '\n', 0);
    for (const key of documentKeys(lines)) {
      const h = hash(key, seed);
      const n = (this.counts.get(h) ?? 0) + 1;
      this.counts.set(h, n);
      if (n === 2) this.texts.set(h, site + '\n' + key);
    }
    if (this.counts.size > this.cap) this.prune();
  }

  /**
   * Count a document of `site` without its lines (a site too small for any line to qualify);
   * `id` (`documentId`) identifies it as `add`'s `whole` does.
   */
  count(site: string, id: number): void {
    if (this.seen.has(id)) {
      this.duplicates++;
      return;
    }
    if (this.seen.size >= seenCap) this.seen.clear();
    this.seen.add(id);
    this.documents++;
    this.siteDocs.set(site, (this.siteDocs.get(site) ?? 0) + 1);
  }

  private prune(): void {
    // Drop the rarest keys until a quarter of the room is free again.
    for (let floor = 1; this.counts.size > this.cap * 0.75; floor++) {
      for (const [h, n] of this.counts) {
        if (n > floor) continue;
        this.counts.delete(h);
        this.texts.delete(h);
      }
      this.dropped = Math.max(this.dropped, floor);
    }
  }

  /** The profile: every site, and the keys seen in at least `minDocuments` documents of it. */
  profile(): Profile {
    const sites: Record<string, SiteCounts> = {};
    for (const [site, documents] of [...this.siteDocs].sort((a, b) => (a[0] < b[0] ? -1 : 1))) sites[site] = { documents, lines: {} };
    const entries: Array<[string, string, number]> = [];
    for (const [h, text] of this.texts) {
      const n = this.counts.get(h)!;
      if (n < minDocuments) continue;
      const cut = text.indexOf('\n');
      entries.push([text.slice(0, cut), text.slice(cut + 1), n]);
    }
    entries.sort((a, b) => (a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : b[2] - a[2] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)));
    for (const [site, key, n] of entries) sites[site]!.lines[key] = n;
    return { schema: profileSchema, documents: this.documents, sites };
  }
}

/**
 * A profile narrowed to what can qualify for a short line (the rule checks each line's own
 * kind): what the workers need, and all they are sent.
 */
export function qualifying(profile: Profile): Profile {
  const sites: Record<string, SiteCounts> = {};
  for (const [site, counts] of Object.entries(profile.sites)) {
    const lines: Record<string, number> = {};
    let any = false;
    for (const [key, n] of Object.entries(counts.lines)) {
      if (!qualifies(n, counts.documents, 'short')) continue;
      lines[key] = n;
      any = true;
    }
    if (any) sites[site] = { documents: counts.documents, lines };
  }
  return { schema: profileSchema, documents: profile.documents, sites };
}

/** Read a profile's JSON; throws an Error saying what is wrong. */
export function parseProfile(json: string): Profile {
  const value = JSON.parse(json) as Partial<Profile>;
  if (typeof value !== 'object' || value === null || value.schema !== profileSchema || typeof value.sites !== 'object' || value.sites === null) {
    throw new Error(`not an unscrape profile (expected "schema": "${profileSchema}"; write one with \`unscrape learn\`)`);
  }
  for (const [site, counts] of Object.entries(value.sites)) {
    if (typeof counts?.documents !== 'number' || typeof counts.lines !== 'object' || counts.lines === null) throw new Error(`site "${site}" has no "documents" count or "lines" object`);
  }
  return { schema: profileSchema, documents: typeof value.documents === 'number' ? value.documents : 0, sites: value.sites };
}

/**
 * What identifies a document's text: identical texts count once. A SHA-1, read as 48 bits, of
 * its UTF-8 (a string with a lone surrogate, which UTF-8 cannot tell from U+FFFD, of its UTF-16
 * code units, apart): done natively, at a quarter of the cost of `hash` over a whole page in
 * JavaScript (the first pass hashes every page of a corpus).
 */
export function documentId(whole: string): number {
  const sha = createHash('sha1');
  if ((whole as WellFormed).isWellFormed()) sha.update(utf8Domain).update(whole, 'utf8');
  else sha.update(unitsDomain).update(whole, 'utf16le');
  return sha.digest().readUIntBE(0, 6);
}

const utf8Domain = Buffer.from([0]);
const unitsDomain = Buffer.from([1]);
/** String.prototype.isWellFormed (ES2024; Node 20 has it). */
type WellFormed = string & { isWellFormed(): boolean };

/** FNV-1a over the string's UTF-16 units, twice (two seeds), folded into 53 bits. */
function hash(s: string, seed: number): number {
  let a = (0x811c9dc5 ^ seed) >>> 0;
  let b = (0x01000193 ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}
