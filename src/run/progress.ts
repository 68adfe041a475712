import cliProgress from 'cli-progress';
import type { Progress, ProgressTotal, RunSummary } from './clean.js';
import { plural } from '../shared/plural.js';

/** Seconds as "0.4s", "42s", "1m05s", "2h03m". */
export function formatDuration(seconds: number): string {
  if (seconds < 10) return `${Math.max(0, seconds).toFixed(1)}s`;
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * A steady estimate of the time left: the average rate since the start (not the last few
 * documents, whose sizes vary), shown once a second of work or a twentieth of the total is
 * done, and then moved by at most a quarter of itself per update so that it does not jump.
 */
export class Eta {
  #shown: number | undefined;

  update(done: number, total: number, elapsedSeconds: number): string {
    if (done >= total) return '0s';
    if (done <= 0 || (elapsedSeconds < 1 && done < total / 20)) return '…';
    const raw = (elapsedSeconds * (total - done)) / done;
    const previous = this.#shown;
    this.#shown = previous === undefined ? raw : Math.min(Math.max(raw, previous * 0.75), previous * 1.25 + 1);
    return formatDuration(this.#shown);
  }
}

/**
 * A progress bar on stderr: by bytes when the size of every input is known (files, JSON Lines
 * files, stdin redirected from a file), else by files; documents done, MB/s and a steady ETA.
 * cli.ts decides when it is shown (see terminal.ts).
 */
export function terminalProgress(stream: NodeJS.WriteStream, now: () => number = Date.now): Progress {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'unscrape {bar} {percentage}% | {docs} documents | {mbps} MB/s | ETA {left}',
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
      // cli-progress draws only on a terminal unless told otherwise; cli.ts has decided already.
      noTTYOutput: true,
      notTTYSchedule: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  const eta = new Eta();
  let started = 0;
  let docs = 0;
  let bytes = 0;
  let files = 0;
  let byBytes = false;
  let total = 1;
  let running = false;
  const payload = () => {
    const secs = Math.max((now() - started) / 1000, 0.001);
    const done = byBytes ? bytes : files;
    return { value: Math.min(done, total), docs, mbps: (bytes / 1e6 / secs).toFixed(1), left: eta.update(Math.min(done, total), total, secs) };
  };
  return {
    start(size: ProgressTotal) {
      started = now();
      byBytes = size.bytes !== undefined && size.bytes > 0;
      total = Math.max(byBytes ? size.bytes! : size.files, 1);
      running = true;
      bar.start(total, 0, { docs: 0, mbps: '0.0', left: '…' });
    },
    tick(n, wholeFile) {
      docs++;
      bytes += n;
      if (wholeFile) files++;
      const { value, ...rest } = payload();
      bar.update(value, rest);
    },
    clear() {
      // A line for the user: erase the bar first, cli-progress redraws it at its next frame.
      if (running && stream.isTTY) stream.write('\r\u001b[2K');
    },
    stop() {
      if (!running) return;
      running = false;
      bar.stop();
    },
  };
}

/** The line printed at the end of a run on a terminal: what was done, how long it took, how fast. */
export function summaryLine(s: RunSummary): string {
  const secs = Math.max(s.seconds, 0.001);
  const parts = [
    plural(s.documents, 'document'),
    ...(s.skipped > 0 ? [`${s.skipped} unchanged`] : []),
    plural(s.failed, 'error'),
    `${s.removed} removed`,
    plural(s.edits, 'edit'),
    `findings: ${s.findings.error} error, ${s.findings.warning} warning, ${s.findings.info} info`,
    `${formatDuration(secs)}`,
    `${(s.bytes / 1e6 / secs).toFixed(1)} MB/s`,
  ];
  return parts.join(', ');
}
