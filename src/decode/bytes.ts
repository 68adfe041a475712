import { isUtf8 } from 'node:buffer';
import { gunzipSync } from 'node:zlib';
import type iconvLite from 'iconv-lite';
import type jschardetModule from 'jschardet';
import { lazy } from '../shared/lazy.js';
import { DecodeError } from '../errors.js';

const iconv = lazy<typeof iconvLite>('iconv-lite');
const jschardet = lazy<typeof jschardetModule>('jschardet');

/** Bytes turned into text, with how. */
export interface Decoded {
  text: string;
  /** The encoding used, as a WHATWG/iconv name ("utf-8", "windows-1251", …). */
  encoding: string;
  /** How many invalid sequences were replaced by U+FFFD. */
  replaced: number;
  /** A byte order mark decided the encoding (it is not in `text`). */
  bom?: boolean;
}

/** Bytes as a Buffer, without a copy: a Buffer sent to a worker thread arrives as a plain Uint8Array. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** gzip's magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Options for gunzipping `bytes` to at most `maxSize` bytes: the output in one buffer of the
 * size the gzip trailer gives (up to 16 MB), not in 16 KB pieces concatenated at the end. A
 * page of a few hundred kilobytes gunzipped in a quarter to a third less time; the trailer
 * (the size modulo 2^32, of the last member) only sizes the buffer.
 */
export function gunzipOptions(bytes: Buffer, maxSize: number): { maxOutputLength: number; chunkSize: number } {
  const size = bytes.length >= 18 ? bytes.readUInt32LE(bytes.length - 4) : 0;
  return { maxOutputLength: maxSize, chunkSize: Math.max(64, Math.min(Math.max(size + 1, 16 * 1024), maxGunzipChunk, maxSize + 1)) };
}

/** The largest gunzip output buffer allocated at once. */
const maxGunzipChunk = 16 * 1024 * 1024;

/** Inflate gzip input, bounded by `maxSize` bytes of output. */
export function gunzip(bytes: Buffer, maxSize: number): Buffer {
  try {
    return gunzipSync(bytes, gunzipOptions(bytes, maxSize));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|Cannot create a Buffer larger/i.test(String(error))) {
      throw new DecodeError('too-large', `gzip content is larger than --max-size (${maxSize} bytes)`);
    }
    throw new DecodeError('gzip', `not valid gzip data: ${(error as Error).message}`);
  }
}

const signatures: ReadonlyArray<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['a bzip2 archive', [0x42, 0x5a, 0x68]],
  ['an xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ['a WebP or RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['an executable (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
];

/** What kind of binary file this is, or undefined when it may be text. */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  for (const [what, sig] of signatures) if (sig.every((b, i) => bytes[i] === b)) return what;
  if (hasUtf16Bom(bytes)) return undefined;
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary data (it contains NUL bytes)';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return n > 0 && controls / n > 0.1 ? 'binary data (it is mostly control characters)' : undefined;
}

function hasUtf16Bom(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

/**
 * Encodings that detection may choose (others are too often wrong on short text): jschardet's
 * name, lowercased, to iconv-lite's (which must know it: `decodeBytes` decodes with it).
 */
export const detectable: ReadonlyMap<string, string> = new Map<string, string>([
  ['windows-1251', 'windows-1251'], ['koi8-r', 'koi8-r'], ['windows-1252', 'windows-1252'],
  ['iso-8859-1', 'windows-1252'], ['iso8859-15', 'windows-1252'], ['iso-8859-5', 'iso-8859-5'], ['maccyrillic', 'maccyrillic'],
  ['ibm866', 'cp866'], ['iso-8859-2', 'iso-8859-2'], ['windows-1250', 'windows-1250'],
  ['iso-8859-7', 'iso-8859-7'], ['windows-1253', 'windows-1253'], ['shift_jis', 'shift_jis'],
  ['euc-jp', 'euc-jp'], ['gb2312', 'gb18030'], ['big5', 'big5'], ['euc-kr', 'euc-kr'], ['utf-16le', 'utf-16le'], ['utf-16be', 'utf-16be'],
]);

/**
 * Whether `name` is UTF-8 ("utf-8", "utf8", any case). UTF-8 needs no iconv-lite: Buffer decodes
 * it natively, replacing bad bytes as iconv-lite's decoder does, so a run (or a pre-commit hook)
 * on UTF-8 text never loads iconv-lite and its encodings index (docs/performance.md).
 */
export function isUtf8Name(name: string): boolean {
  return /^utf-?8$/i.test(name);
}

/** Whether text can be decoded from and encoded to `name`. */
export function knownEncoding(name: string): boolean {
  return isUtf8Name(name) || iconv().encodingExists(name);
}

/** `text` encoded as `name` (a known encoding, see knownEncoding). */
export function encodeText(text: string, name: string): Buffer {
  return isUtf8Name(name) ? Buffer.from(text, 'utf8') : iconv().encode(text, name);
}

/**
 * Decode bytes: 1. a BOM decides; 2. `forced` (--encoding) decides; 3. valid UTF-8 is UTF-8;
 * 4. a declared charset (HTML meta) is used when the bytes are not UTF-8; 5. otherwise the
 * encoding is detected (jschardet); 6. failing that, UTF-8 with invalid bytes replaced.
 */
export function decodeBytes(bytes: Buffer, options: { forced?: string; declared?: string } = {}): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { ...utf8Lenient(bytes.subarray(3)), bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv().decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', replaced: 0, bom: true };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv().decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', replaced: 0, bom: true };
  if (options.forced) {
    const text = isUtf8Name(options.forced) ? bytes.toString('utf8') : iconv().decode(bytes, options.forced, { stripBOM: true });
    return { text, encoding: options.forced.toLowerCase(), replaced: 0 };
  }
  // isUtf8 validates natively (far faster than a fatal TextDecoder) before the usual decode.
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: 'utf-8', replaced: 0 };
  const declared = options.declared?.toLowerCase();
  if (declared && !isUtf8Name(declared) && iconv().encodingExists(declared)) {
    return { text: iconv().decode(bytes, declared), encoding: declared, replaced: 0 };
  }
  const lenient = utf8Lenient(bytes);
  // A few bad bytes in otherwise valid UTF-8 (a truncated or spliced file) stay UTF-8.
  const multibyte = countMultibyte(lenient.text);
  if (multibyte > 0 && lenient.replaced * 20 <= multibyte) return lenient;
  const guess = jschardet().detect(bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes);
  const name = guess.encoding ? detectable.get(guess.encoding.toLowerCase()) : undefined;
  // Windows-1252 is jschardet's guess for any Latin text with a stray byte: only believe it
  // when there are several bytes to explain.
  const trusted = name !== undefined && guess.confidence >= 0.1 && (name !== 'windows-1252' || lenient.replaced > 3);
  if (trusted) return { text: iconv().decode(bytes, name), encoding: name, replaced: 0 };
  return lenient;
}

function utf8Lenient(bytes: Uint8Array): Decoded {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let replaced = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) replaced++;
  return { text, encoding: 'utf-8', replaced };
}

function countMultibyte(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f && c !== 0xfffd) n++;
  }
  return n;
}
