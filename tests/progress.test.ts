import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Eta, summaryLine, terminalProgress } from '../src/run/progress.js';
import { showProgress, type TerminalState } from '../src/run/terminal.js';
import { tempDir, unscrape } from './helpers/cli.js';

/** A stream that says it is a terminal, and keeps what is written to it. */
function fakeTerminal(): { stream: NodeJS.WriteStream; raw: () => string; text: () => string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & { isTTY: boolean; columns: number };
  stream.isTTY = true;
  stream.columns = 120;
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  // eslint-disable-next-line no-control-regex
  return { stream, raw: () => chunks.join(''), text: () => chunks.join('').replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[78]/g, '') };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 250));

describe('progress bar', () => {
  it('shows documents done, MB/s and an ETA on a terminal, and clears itself at the end', async () => {
    const term = fakeTerminal();
    const bar = terminalProgress(term.stream);
    bar.start({ files: 4 });
    bar.tick(2_000_000, true);
    bar.tick(1_000_000, true);
    // cli-progress redraws on a timer (5 frames per second) and at stop.
    await tick();
    expect(term.text()).toMatch(/unscrape .* 50% \| 2 documents \| \d+\.\d MB\/s \| ETA /);
    const drawn = term.raw().length;
    bar.stop();
    await new Promise((resolve) => setImmediate(resolve));
    // The line is erased (ESC [2K) and the cursor shown again (ESC [?25h).
    expect(term.raw().slice(drawn)).toContain('\x1b[2K');
    expect(term.raw().slice(drawn)).toContain('\x1b[?25h');
  });

  it('moves by bytes when the input size is known: one JSON Lines file is not "100% | 1 documents" from the start', async () => {
    const term = fakeTerminal();
    let now = 0;
    const bar = terminalProgress(term.stream, () => now);
    bar.start({ files: 1, bytes: 1000 });
    now = 2000;
    bar.tick(99, false);
    bar.tick(99, false);
    bar.tick(52, false);
    await tick();
    expect(term.text()).toMatch(/ 25% \| 3 documents \| .* ETA \d+(\.\d)?s/);
    expect(term.text()).not.toMatch(/100%|ETA [A-Z]{2}s|NULL|Infinity|NaN/);
    bar.stop();
  });

  it('counts documents past the number of files (a JSON Lines file of unknown size) without passing 100%', async () => {
    const term = fakeTerminal();
    const bar = terminalProgress(term.stream);
    bar.start({ files: 1 });
    for (let i = 0; i < 3; i++) bar.tick(100, false);
    await tick();
    expect(term.text()).toMatch(/0% \| 3 documents/);
    expect(term.text()).not.toMatch(/[2-9]\d\d%/);
    bar.stop();
  });

  it('has a steady ETA: a slow or fast document moves it by at most a quarter', () => {
    const eta = new Eta();
    expect(eta.update(0, 100, 0.1)).toBe('…');
    expect(eta.update(10, 100, 10)).toBe('1m30s');
    // A burst of fast small documents would halve the raw estimate; it moves by a quarter.
    expect(eta.update(40, 100, 11)).toBe('1m08s');
    expect(eta.update(100, 100, 30)).toBe('0s');
  });

  it('decides by the streams: bar only when stderr is a terminal, not in CI, and records go elsewhere', () => {
    const tty: TerminalState = { stderr: true, ci: false, stdoutIsFile: false };
    // stdout a terminal or a pipe (`clean big | jq -r .title`): the records share the screen.
    expect(showProgress({}, tty)).toBe(false);
    expect(showProgress({}, { ...tty, stdoutIsFile: true })).toBe(true);
    expect(showProgress({ out: 'cleaned' }, tty)).toBe(true);
    expect(showProgress({ outputFile: 'all.jsonl' }, tty)).toBe(true);
    expect(showProgress({ out: 'cleaned' }, { ...tty, ci: true })).toBe(false);
    expect(showProgress({ out: 'cleaned' }, { ...tty, stderr: false })).toBe(false);
    // --progress and --no-progress decide.
    expect(showProgress({ progress: true }, { stderr: false, ci: true, stdoutIsFile: false })).toBe(true);
    expect(showProgress({ progress: false, out: 'cleaned' }, tty)).toBe(false);
  });

  it('ends a terminal run with one summary line', () => {
    expect(summaryLine({ documents: 12, failed: 1, skipped: 3, refused: 0, removed: 9, edits: 4, findings: { error: 0, warning: 5, info: 2 }, bytes: 3_000_000, seconds: 1.5 }))
      .toBe('12 documents, 3 unchanged, 1 error, 9 removed, 4 edits, findings: 0 error, 5 warning, 2 info, 1.5s, 2.0 MB/s');
  });

  it('is silent when stderr is not a terminal (pipes, CI), and --progress forces it', () => {
    const r = unscrape(['clean', resolve(__dirname, '../fixtures/articles')], { env: { CI: '' } });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/MB\/s|ETA|documents \|/);
    const dir = tempDir();
    writeFileSync(join(dir, 'a.jsonl'), '{"text":"One. ."}\n{"text":"Two."}\n');
    const forced = unscrape(['clean', '--progress', '-o', join(dir, 'out.jsonl'), join(dir, 'a.jsonl')], { env: { CI: 'true' } });
    expect(forced.status).toBe(0);
    expect(forced.stderr).toMatch(/documents \|/);
    expect(unscrape(['clean', '--no-progress', '--quiet', join(dir, 'a.jsonl')]).stderr).toBe('');
  });
});
