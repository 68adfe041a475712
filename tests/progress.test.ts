import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { terminalProgress } from '../src/progress.js';
import { unscrape } from './helpers/cli.js';

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

describe('progress bar', () => {
  it('shows documents done, MB/s and an ETA on a terminal, and clears itself at the end', async () => {
    const term = fakeTerminal();
    const bar = terminalProgress(term.stream);
    bar.start(4);
    bar.tick(2_000_000);
    bar.tick(1_000_000);
    // cli-progress redraws on a timer (5 frames per second) and at stop.
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(term.text()).toMatch(/unscrape .* 50% \| 2 documents \| \d+\.\d MB\/s \| ETA /);
    const drawn = term.raw().length;
    bar.stop();
    await new Promise((resolve) => setImmediate(resolve));
    // The line is erased (ESC [2K) and the cursor shown again (ESC [?25h).
    expect(term.raw().slice(drawn)).toContain('\x1b[2K');
    expect(term.raw().slice(drawn)).toContain('\x1b[?25h');
  });

  it('counts documents past the number of files (a JSON Lines file holds many) without passing 100%', async () => {
    const term = fakeTerminal();
    const bar = terminalProgress(term.stream);
    bar.start(1);
    for (let i = 0; i < 3; i++) bar.tick(100);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(term.text()).toMatch(/100% \| 3 documents/);
    expect(term.text()).not.toMatch(/[2-9]\d\d%/);
    bar.stop();
  });

  it('is silent when stderr is not a terminal (pipes, CI)', () => {
    const r = unscrape(['clean', resolve(__dirname, '../fixtures/articles')], { env: { CI: '' } });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/MB\/s|ETA|documents \|/);
  });
});
