import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, jsonl, tempDir, unscrape } from './helpers/cli.js';

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;

type Rec = { source: { line?: number }; meta: { id: number }; text: string; removed: unknown[]; findings: unknown[] };

/** A JSON Lines corpus with ids, markers and stray punctuation. */
function corpus(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(JSON.stringify({ id: i, text: `Report ${i}\n\n[ad_1]\n\nThe council met on day ${i}. .  It agreed on a plan.\n\nThis material is also available in Ukrainian.` }));
  }
  return lines.join('\n') + '\n';
}

/** Records without the per-chunk line number, which a map step cannot know. */
const comparable = (text: string) => jsonl<Rec>(text).map(({ source, ...rest }) => ({ ...rest, source: { ...source, line: undefined } }));

describe('as the map step of a distributed engine', () => {
  it.skipIf(!hasParallel)('GNU parallel --pipe over JSON Lines gives the same records as one process', () => {
    const dir = tempDir();
    const file = join(dir, 'corpus.jsonl');
    writeFileSync(file, corpus(60));
    const single = unscrape(['clean', '--input-format', 'jsonl', '-'], { input: corpus(60) });
    expect(single.status).toBe(0);
    const piped = spawnSync('bash', ['-c', `parallel --will-cite --pipe -N 7 --keep-order --jobs 2 node ${bin} clean --jobs 1 --input-format jsonl - < ${file}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(piped.status).toBe(0);
    const merged = comparable(piped.stdout);
    expect(merged).toHaveLength(60);
    expect(merged.map((r) => r.meta.id)).toEqual([...Array(60).keys()]);
    expect(merged).toEqual(comparable(single.stdout));
  });

  it('writes nothing for an empty partition (Spark RDD.pipe, Hadoop Streaming)', () => {
    const r = unscrape(['clean', '--input-format', 'jsonl', '-'], { input: '' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });
});
