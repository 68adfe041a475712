import { describe, expect, it } from 'vitest';
import { clean, createProcessor, defaultSettings, type InputDocument, type Processor } from '../src/index.js';

const text = 'Protests in Grodno\n\nIt should be recalled that the protests began in August. As it became known, the minister resigned on Friday.\n';

describe('the library API', () => {
  it('createProcessor takes partial settings and keeps the defaults for the rest', () => {
    const processor: Processor = createProcessor({ rules: { calque: 'off' } });
    const doc: InputDocument = { path: 'a.txt', data: text };
    const record = processor(doc);
    expect('error' in record ? record.error : undefined).toBeUndefined();
    if ('error' in record) return;
    expect(record.findings.map((f) => f.rule)).not.toContain('calque');
    // With the defaults, the same text has calque findings.
    const full = createProcessor()(doc);
    expect('error' in full).toBe(false);
    if (!('error' in full)) expect(full.findings.map((f) => f.rule)).toContain('calque');
  });

  it('exports defaultSettings, whose result is a complete set of settings', () => {
    const settings = defaultSettings();
    expect(settings).toMatchObject({ rules: {}, markers: [], boilerplate: [], ignore: [] });
    expect(settings.maxSize).toBeGreaterThan(0);
    const record = createProcessor({ ...settings, markers: ['[promo]'] })({ path: '-', data: 'Title\n\n[promo]\n\nThe rally ended peacefully.\n' });
    expect('error' in record ? record.error : record.removed.map((r) => r.rule)).toContain('ad-marker');
  });

  it('clean() takes partial settings too', () => {
    const record = clean(text, { settings: { rules: { calque: 'off' } } });
    expect('error' in record).toBe(false);
    if (!('error' in record)) expect(record.findings.map((f) => f.rule)).not.toContain('calque');
  });

  it('says a JSON Lines text must be read line by line, given as one document', () => {
    const lines = '{"text": "The rally ended peacefully."}\n{"text": "The minister resigned."}\n';
    for (const record of [clean(lines, { format: 'jsonl' }), clean(lines, { path: 'feed.jsonl' })]) {
      expect('error' in record ? record.error : undefined).toEqual({ code: 'jsonl', message: 'a JSON Lines document must be read line by line' });
    }
    // One line of it is a JSON document.
    const line = clean('{"text": "The rally ended peacefully."}', { format: 'json' });
    expect('error' in line ? line.error : line.text).toBe('The rally ended peacefully.');
  });
});
