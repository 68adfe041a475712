// The pages of a benchmark corpus (DIR/html/<id>.html[.gz], as ../shared/corpora holds them),
// shared by the scripts that read them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { sniffHtmlCharset } from '../dist/extract/index.js';

/** Each page of `corpus`, in id order: its id (the file name up to the first dot), file name and bytes (gunzipped). */
export function* corpusPages(corpus) {
  for (const file of readdirSync(join(corpus, 'html')).filter((f) => /\.html?(\.gz)?$/.test(f)).sort()) {
    const bytes = readFileSync(join(corpus, 'html', file));
    yield { id: file.split('.')[0], file, bytes: file.endsWith('.gz') ? gunzipSync(bytes) : bytes };
  }
}

/** A page's text, decoded as its charset says (`sniffHtmlCharset`), else as UTF-8. */
export function decodePage(bytes) {
  const charset = sniffHtmlCharset(bytes.subarray(0, 2048)) ?? 'utf-8';
  return iconv.encodingExists(charset) ? iconv.decode(bytes, charset) : bytes.toString('utf8');
}
