// Bundle the compiled CLI and the pool's worker (dist/, from tsc) into bundle/, the code that
// bin/unscrape.js runs. Node's ES module loader resolves, reads and links every module file on
// its own: the 130 a worker loads (56 of dist, 74 of dependencies) took it 140-190 ms, paid by
// every worker of every run and by every pre-commit hook call; bundled, 80-120 ms.
// `npm run build` runs this after tsc; the library API (dist/index.js) stays unbundled.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = 'bundle';
rmSync(outdir, { recursive: true, force: true });
await build({
  // One entry per file bin/unscrape.js and the pools start: bundle/cli.js, bundle/worker.js (clean),
  // bundle/check-worker.js (check; its name matches dist/check/check-worker.js, so that
  // `new URL('./check-worker.js', import.meta.url)` finds it from either).
  entryPoints: [{ in: 'dist/cli.js', out: 'cli' }, { in: 'dist/run/worker.js', out: 'worker' }, { in: 'dist/check/check-worker.js', out: 'check-worker' }],
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // The HTML and Markdown extractors and the progress bar stay in chunks of their own, loaded
  // on first need, as they are in dist/.
  splitting: true,
  // piscina starts its threads with a file of its own, found next to its code in node_modules.
  external: ['piscina'],
  // CommonJS dependencies call require() for Node's built-in modules, and write-file-atomic
  // names its temporary files after __filename.
  banner: {
    js: [
      "import { createRequire as __unscrapeRequire } from 'node:module';",
      "import { fileURLToPath as __unscrapePath } from 'node:url';",
      'const require = __unscrapeRequire(import.meta.url);',
      'const __filename = __unscrapePath(import.meta.url);',
    ].join(' '),
  },
  // Maps back to src/ through dist's own source maps (node --enable-source-maps).
  sourcemap: true,
  logLevel: 'warning',
});
