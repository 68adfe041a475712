/** `unscrape learn`: count a corpus's repeated lines per site and return the profile's JSON. */
import type { Readable } from 'node:stream';
import { expandPaths } from './inputs.js';
import type { Settings } from '../settings.js';
import { learnFiles, learnOptions, learnStream } from './learn.js';
import { RepetitionCounter } from '../repeated/profile.js';

/** Learn from `paths` ("-": JSON Lines on `stdin`) and return the profile as JSON text; `warn` tells of empty folders. */
export async function runLearn(paths: string[], cwd: string, settings: Settings, stdin: Readable, warn: (line: string) => void, debug?: (line: string) => void): Promise<string> {
  const files = await expandPaths(paths, cwd, settings.ignore, [], { warn });
  const counter = new RepetitionCounter();
  const started = performance.now();
  await learnFiles(files, learnOptions(settings), counter);
  if (files.some((f) => f.abs === '-')) await learnStream(stdin, counter, '-', settings.textFields);
  const profile = counter.profile();
  const kept = Object.values(profile.sites).reduce((n, s) => n + Object.keys(s.lines).length, 0);
  debug?.(`learn: ${counter.documents} documents (+${counter.duplicates} identical), ${Object.keys(profile.sites).length} site(s), ${kept} line(s) or template(s) in 3 documents or more${counter.dropped ? `; memory cap reached, keys seen in ${counter.dropped} document(s) or fewer were dropped` : ''}, ${Math.round(performance.now() - started)} ms`);
  return JSON.stringify(profile, null, 1) + '\n';
}
