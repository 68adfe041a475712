import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { lilconfigSync } from 'lilconfig';
import { createRequire } from 'node:module';
import type { Profile } from './repeated/profile.js';
import type { InputFormat, RuleLevel } from './types.js';
import { ConfigurationError } from './errors.js';

/** Everything that shapes a run, from the configuration file and the command line. */
export interface Settings {
  /** Rule id -> level; rules not named keep their default severity. */
  rules: Record<string, RuleLevel>;
  /** Extra ad markers (literal strings) for `ad-marker`. */
  markers: string[];
  /** Extra boilerplate phrases (a line starting with one is removed) for `boilerplate`. */
  boilerplate: string[];
  /** Paths to skip, gitignore patterns relative to the working directory (from the configuration and .unscrapeignore). */
  ignore: string[];
  /** Force a format instead of sniffing. */
  inputFormat?: InputFormat;
  /** JSON fields that hold the text (`--text-field`, `textFields`), tried in order before the built-in ones. */
  textFields?: string[];
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

/** The result of a loader. */
export type Loaded<T> = { ok: true; value: T } | { ok: false; error: ConfigurationError };

const searchPlaces = ['package.json', '.unscraperc', '.unscraperc.json', '.unscraperc.yaml', '.unscraperc.yml', 'unscrape.config.json', 'unscrape.config.yaml', 'unscrape.config.yml'];
const levels = new Set(['off', 'info', 'warning', 'error']);

/** The part of Settings a configuration file may set. */
export type FileSettings = Pick<Settings, 'rules' | 'markers' | 'boilerplate' | 'ignore'> & { configPath?: string; profile?: string; textFields?: string[] };

const jsonLoader = (path: string, content: string): unknown => {
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new ConfigurationError(`${path}: not valid JSON (${(error as Error).message})`);
  }
};

/** The YAML parser, loaded only for a YAML configuration (lilconfig's loaders are synchronous). */
const parseYaml = (text: string): unknown => (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text);

const yamlLoader = (path: string, content: string): unknown => {
  try {
    return parseYaml(content);
  } catch (error) {
    throw new ConfigurationError(`${path}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
};

/** `.unscraperc` (no extension) is JSON or YAML, as eslint's and lilconfig's rc files are. */
const rcLoader = (path: string, content: string): unknown => {
  try {
    return JSON.parse(content);
  } catch (error) {
    // A file that opens as JSON is JSON: its own error, not YAML's.
    if (/^\s*[{[]/.test(content)) throw new ConfigurationError(`${path}: not valid JSON (${(error as Error).message})`);
    return yamlLoader(path, content);
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
    refuseOddConfig(cwd, explicit);
    const explorer = lilconfigSync('unscrape', {
      searchPlaces,
      loaders: { '.json': jsonLoader, '.yaml': yamlLoader, '.yml': yamlLoader, noExt: rcLoader },
    });
    const found = explicit ? explorer.load(resolve(cwd, explicit)) : explorer.search(cwd);
    const settings: FileSettings = { rules: {}, markers: [], boilerplate: [], ignore: [] };
    if (!found || found.isEmpty || found.config == null) return { ok: true, value: settings };
    const path = found.filepath;
    const config = found.config as Record<string, unknown>;
    if (typeof config !== 'object' || Array.isArray(config)) throw new ConfigurationError(`${path}: the configuration must be an object (JSON or YAML mapping)`);
    const allowed = new Set(['rules', 'markers', 'boilerplate', 'ignore', 'profile', 'textFields', '$schema']);
    for (const key of Object.keys(config)) {
      if (!allowed.has(key)) throw new ConfigurationError(`${path}: unknown key "${key}" (allowed: rules, markers, boilerplate, ignore, profile, textFields)`);
    }
    if (config.textFields !== undefined) {
      const fields = typeof config.textFields === 'string' ? [config.textFields] : config.textFields;
      if (!Array.isArray(fields) || fields.length === 0 || !fields.every((x) => typeof x === 'string' && x.trim() !== '')) {
        throw new ConfigurationError(`${path}: "textFields" must be a field name or a list of them, such as ["maintext"]`);
      }
      settings.textFields = [...new Set((fields as string[]).map((x) => x.trim()))];
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

/**
 * A configuration file lilconfig would read that is not a regular file (a device, a FIFO:
 * reading it would hang or never end) is a ConfigurationError; so is one over 16 MB.
 */
function refuseOddConfig(cwd: string, explicit?: string): void {
  const check = (path: string) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return;
    }
    if (!stat.isFile()) throw new ConfigurationError(`${path}: not a regular file (a folder, device or pipe); a configuration file must be a file`);
    if (stat.size > 16 * 1024 * 1024) throw new ConfigurationError(`${path}: ${stat.size} bytes; a configuration file over 16 MB is refused`);
  };
  if (explicit) return check(resolve(cwd, explicit));
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of searchPlaces) check(resolve(dir, name));
    if (dirname(dir) === dir) return;
  }
}
