/**
 * Shared fixture runner for the per-rule tests. A fixture file holds cases separated by a
 * blank line or a line "==="; inside a case, a line "~" separates paragraphs of one
 * document (for the document-level rules and multi-paragraph quotes).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectorWith } from '../helpers/detector.js';
import type { RawFinding } from '../../src/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const detect = detectorWith();

/** A document built from paragraphs, with their spans, as the pipeline hands it over. */
export function doc(paragraphs: string[]): { text: string; paragraphs: Array<{ start: number; end: number }> } {
  const spans: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const p of paragraphs) { spans.push({ start: at, end: at + p.length }); at += p.length + 2; }
  return { text: paragraphs.join('\n\n'), paragraphs: spans };
}

/** Findings of every rule on a document given as paragraphs. */
export function run(paragraphs: string[], d = detect): RawFinding[] {
  const { text, paragraphs: spans } = doc(paragraphs);
  return d(text, spans).findings;
}

/** Cases of a fixture file: each a list of paragraphs. */
export function cases(id: string, kind: 'fires' | 'quiet'): string[][] {
  const raw = readFileSync(join(root, 'fixtures/rules', id, `${kind}.txt`), 'utf8').replace(/\r\n?/g, '\n');
  return raw.split(/\n(?:\s*\n|===\n)/).map((c) => c.trim()).filter(Boolean)
    .map((c) => c.split(/\n~\n/).map((p) => p.trim()).filter(Boolean));
}

/** The standard suite: every fires.txt case reports the rule, no quiet.txt case warns. */
export function ruleSuite(id: string): void {
  describe(`${id} fixtures`, () => {
    for (const c of cases(id, 'fires')) {
      it(`fires: ${c[0]!.slice(0, 60)}`, () => {
        const found = run(c).filter((f) => f.rule === id);
        expect(found.length, JSON.stringify(run(c))).toBeGreaterThan(0);
        for (const f of found) {
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.message.length).toBeGreaterThan(10);
        }
      });
    }
    for (const c of cases(id, 'quiet')) {
      it(`quiet: ${c[0]!.slice(0, 60)}`, () => {
        const found = run(c).filter((f) => f.rule === id && f.severity !== 'info');
        expect(found, JSON.stringify(found)).toEqual([]);
      });
    }
  });
}
