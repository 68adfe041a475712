import cliProgress from 'cli-progress';
import type { Progress } from './run.js';

/**
 * A progress bar on stderr: documents done, MB/s and ETA (by files; a JSON Lines file counts
 * its documents as they come). Only for a terminal: silent in pipes and CI.
 */
export function terminalProgress(stream: NodeJS.WriteStream): Progress {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'unscrape {bar} {percentage}% | {docs} documents | {mbps} MB/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = 0;
  let docs = 0;
  let bytes = 0;
  let total = 0;
  return {
    start(files) {
      started = Date.now();
      total = Math.max(files, 1);
      bar.start(total, 0, { docs: 0, mbps: '0.0' });
    },
    tick(n) {
      docs++;
      bytes += n;
      const secs = Math.max((Date.now() - started) / 1000, 0.001);
      // A JSON Lines file is one file of many documents: the bar moves by files when it can.
      bar.update(Math.min(docs, total), { docs, mbps: (bytes / 1e6 / secs).toFixed(1) });
    },
    stop() {
      bar.stop();
    },
  };
}
