import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { lilconfigSync } from 'lilconfig';
import type { Profile } from './repeated/profile.js';
import type { InputFormat, RuleLevel } from './types.js';

/** Everything that shapes a run, from the configuration file and the command line. */
export interface Settings {
  /** Rule id -> level; rules not named keep their default severity. */
  rules: Record<string, RuleLevel>;
  /** Extra ad markers (literal strings) for `ad-marker`. */
  markers: string[];
  /** Extra boilerplate phrases (a line starting with one is removed) for `boilerplate`. */
  boilerplate: string[];
  /** Globs of paths to skip (from the configuration and .unscrapeignore). */
  ignore: string[];
  /** Force a format instead of sniffing. */
  inputFormat?: InputFormat;
  /** Force an encoding instead of detecting. */
  encoding?: string;
  /** Largest document, in bytes (after gzip); larger ones become `too-large` error records. */
  maxSize: number;
  /** The configuration file that was used, if any. */
  configPath?: string;
  /** --debug: rules that decide by a score (line-classifier) say why on stderr. */
  debug?: boolean;
  /** A profile of repeated lines (`--profile`, or `profile` in the configuration; absolute path). */
  profile?: string;
  /** The repeated lines that qualify, per site: from the profile, or learned by the run's first pass. */
  learned?: Profile;
}

/** The default largest document: 64 MiB. */
export const defaultMaxSize = 64 * 1024 * 1024;

/** Settings with nothing configured. */
export function defaultSettings(): Settings {
  return { rules: {}, markers: [], boilerplate: [], ignore: [], maxSize: defaultMaxSize };
}

/** A configuration problem: exit code 2, one line. */
export class ConfigurationError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/** The result of a loader. */
export type Loaded<T> = { ok: true; value: T } | { ok: false; error: ConfigurationError };

const searchPlaces = ['package.json', '.unscraperc', '.unscraperc.json', 'unscrape.config.json'];
const levels = new Set(['off', 'info', 'warning', 'error']);

/** The part of Settings a configuration file may set. */
export type FileSettings = Pick<Settings, 'rules' | 'markers' | 'boilerplate' | 'ignore'> & { configPath?: string; profile?: string };

const jsonLoader = (path: string, content: string): unknown => {
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new ConfigurationError(`${path}: not valid JSON (${(error as Error).message})`);
  }
};

/** A ConfigurationError for the first rule the settings name that is not one of `knownRules`. */
export function unknownRule(settings: FileSettings, knownRules: ReadonlySet<string>): ConfigurationError | undefined {
  const id = Object.keys(settings.rules).find((r) => !knownRules.has(r));
  return id === undefined ? undefined : new ConfigurationError(`${settings.configPath}: unknown rule "${id}"`, 'run `unscrape rules` to list the rule ids');
}

/**
 * Find the configuration from `cwd` upward (or read `explicit`), validate it, and return the
 * settings it gives. Rule ids are checked by `unknownRule`, with the rule registry, which a
 * `clean` on the pool would otherwise never load in the main thread.
 */
export function loadConfig(cwd: string, explicit?: string): Loaded<FileSettings> {
  try {
    const explorer = lilconfigSync('unscrape', {
      searchPlaces,
      loaders: { '.json': jsonLoader, noExt: jsonLoader },
    });
    const found = explicit ? explorer.load(resolve(cwd, explicit)) : explorer.search(cwd);
    const settings: FileSettings = { rules: {}, markers: [], boilerplate: [], ignore: [] };
    if (!found || found.isEmpty || found.config == null) return { ok: true, value: settings };
    const path = found.filepath;
    const config = found.config as Record<string, unknown>;
    if (typeof config !== 'object' || Array.isArray(config)) throw new ConfigurationError(`${path}: the configuration must be a JSON object`);
    const allowed = new Set(['rules', 'markers', 'boilerplate', 'ignore', 'profile', '$schema']);
    for (const key of Object.keys(config)) {
      if (!allowed.has(key)) throw new ConfigurationError(`${path}: unknown key "${key}" (allowed: rules, markers, boilerplate, ignore, profile)`);
    }
    if (config.profile !== undefined) {
      if (typeof config.profile !== 'string' || config.profile === '') throw new ConfigurationError(`${path}: "profile" must be the path of a profile written by \`unscrape learn\``);
      settings.profile = resolve(dirname(path), config.profile);
    }
    const rules = config.rules ?? {};
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) throw new ConfigurationError(`${path}: "rules" must be an object of rule id -> "off" | "info" | "warning" | "error"`);
    for (const [id, level] of Object.entries(rules as Record<string, unknown>)) {
      if (typeof level !== 'string' || !levels.has(level)) throw new ConfigurationError(`${path}: rule "${id}" has level ${JSON.stringify(level)}; use "off", "info", "warning" or "error"`);
      settings.rules[id] = level as RuleLevel;
    }
    for (const key of ['markers', 'boilerplate', 'ignore'] as const) {
      const list = config[key] ?? [];
      if (!Array.isArray(list) || !list.every((x) => typeof x === 'string' && x.length > 0)) {
        throw new ConfigurationError(`${path}: "${key}" must be a list of non-empty strings`);
      }
      settings[key] = list as string[];
    }
    settings.configPath = path;
    return { ok: true, value: settings };
  } catch (error) {
    if (error instanceof ConfigurationError) return { ok: false, error };
    const message = (error as Error).message;
    return { ok: false, error: new ConfigurationError(explicit ? `${explicit}: ${message}` : message) };
  }
}

/** Patterns of a `.unscrapeignore` in `dir`, if there is one (gitignore-like: one glob a line). */
export function loadIgnoreFile(dir: string): string[] {
  try {
    return readFileSync(resolve(dir, '.unscrapeignore'), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
  } catch {
    return [];
  }
}
