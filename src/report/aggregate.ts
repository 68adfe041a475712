/**
 * The report's numbers, added up one document summary at a time in bounded memory: counts per
 * rule, per site and per language, fixed histograms, and short ranked lists of documents. Nothing
 * grows with the number of documents except the site table, which stops at `maxSiteKeys` keys.
 */
import { machineTranslatedScore, translationRules, weightedFindings } from './score.js';
import type { BySeverity, CountChars, DocSummary } from '../record/summary.js';
import type { BadLine, ListedDoc, ReportData, SiteRow } from './data.js';

export type { BadLine, ListedDoc, ReportData, SiteRow } from './data.js';

/** Distinct site keys kept; documents of further sites are added to "(other sites)". */
const maxSiteKeys = 5000;
/** Documents kept in each "worth a look" list, and bad lines named. */
const listed = 30;
/** Folder depth of a site key for documents without a URL (see `folderKey`). */
const folderDepth = 3;
const otherSites = '(other sites)';

/** Upper bounds (exclusive) of the length histogram's bins, in characters. */
const lengthBins = [250, 500, 1000, 2000, 4000, 8000, 16000, 32000, 64000, Infinity];
const kilo = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
/** Upper bounds (inclusive) of the warnings-per-document histogram's bins. */
const warningBins = [0, 1, 2, 3, 4, 5, 10, 20, Infinity];

interface SiteState {
  docs: number;
  errors: number;
  withWarnings: number;
  sentences: number;
  charsIn: number;
  removedChars: number;
  findings: Map<string, BySeverity>;
  langs: Map<string, number>;
}

/** Keeps the `listed` highest documents by value, in bounded memory. */
class Top {
  items: ListedDoc[] = [];
  add(doc: ListedDoc): void {
    this.items.push(doc);
    if (this.items.length >= listed * 4) this.trim();
  }
  trim(): ListedDoc[] {
    this.items.sort((a, b) => b.value - a.value || a.path.localeCompare(b.path) || (a.line ?? 0) - (b.line ?? 0));
    this.items.length = Math.min(this.items.length, listed);
    return this.items;
  }
}

/**
 * The site key of a document without a URL: its first folders, up to `folderDepth`. When the
 * report is made, the folders all keys share are dropped and the next one names the site, so
 * that `corpus/site-a/2020/x.txt` and `corpus/site-b/y.txt` become sites `site-a` and `site-b`.
 */
function folderKey(path: string): string {
  const parts = path.split(/[\\/]/).slice(0, -1).filter((p) => p !== '' && p !== '.');
  return parts.slice(0, folderDepth).join('/');
}

function severe(c: BySeverity): number {
  return c[0] + c[1];
}

/** Adds up document summaries and bad lines into a ReportData. */
export class Aggregator {
  private documents = 0;
  private errors = 0;
  private badCount = 0;
  private readonly bad: BadLine[] = [];
  private charsIn = 0;
  private charsOut = 0;
  private removedChars = 0;
  private sentences = 0;
  private readonly hosts = new Map<string, SiteState>();
  private readonly folders = new Map<string, SiteState>();
  private readonly langs = new Map<string, number>();
  private readonly errorCodes = new Map<string, number>();
  private readonly removed = new Map<string, CountChars>();
  private readonly edits = new Map<string, CountChars>();
  private readonly findings = new Map<string, BySeverity>();
  private readonly lengthBefore = new Array<number>(lengthBins.length).fill(0);
  private readonly lengthAfter = new Array<number>(lengthBins.length).fill(0);
  private readonly warningHist = new Array<number>(warningBins.length).fill(0);
  private readonly dense = new Top();
  private readonly mostRemoved = new Top();
  private readonly failed: ListedDoc[] = [];

  /** Add one document. */
  add(doc: DocSummary): void {
    this.documents++;
    const [map, key] = doc.host ? [this.hosts, doc.host] : [this.folders, folderKey(doc.path)];
    const site = this.site(map, key);
    site.docs++;
    const listedDoc = (value: number, warnings: number): ListedDoc => ({
      path: doc.path, ...(doc.line !== undefined ? { line: doc.line } : {}), ...(doc.title ? { title: doc.title } : {}), ...(doc.url ? { url: doc.url } : {}),
      site: doc.host ?? key, sentences: doc.sentences, warnings, charsIn: doc.charsIn, removedChars: doc.removedChars, ...(doc.error ? { error: doc.error } : {}), first: doc.first, value,
    });
    if (doc.error) {
      this.errors++;
      site.errors++;
      this.errorCodes.set(doc.error.code, (this.errorCodes.get(doc.error.code) ?? 0) + 1);
      if (this.failed.length < listed) this.failed.push(listedDoc(0, 0));
      return;
    }
    const lang = doc.lang ?? 'und';
    this.langs.set(lang, (this.langs.get(lang) ?? 0) + 1);
    site.langs.set(lang, (site.langs.get(lang) ?? 0) + 1);
    this.charsIn += doc.charsIn;
    this.charsOut += doc.charsOut;
    this.removedChars += doc.removedChars;
    this.sentences += doc.sentences;
    site.sentences += doc.sentences;
    site.charsIn += doc.charsIn;
    site.removedChars += doc.removedChars;
    addCounts(this.removed, doc.removed);
    addCounts(this.edits, doc.edits);
    let warnings = 0;
    for (const [rule, c] of Object.entries(doc.findings)) {
      addSeverities(this.findings, rule, c);
      addSeverities(site.findings, rule, c);
      warnings += severe(c);
    }
    if (warnings > 0) site.withWarnings++;
    this.lengthBefore[lengthBins.findIndex((b) => doc.charsIn < b)]!++;
    this.lengthAfter[lengthBins.findIndex((b) => doc.charsOut < b)]!++;
    this.warningHist[warningBins.findIndex((b) => warnings <= b)]!++;
    // Density: findings per sentence, with three sentences added so that a one-line text with
    // one finding does not outrank an article with ten.
    if (warnings > 0) this.dense.add(listedDoc((1000 * warnings) / (doc.sentences + 3), warnings));
    if (doc.removedChars > 0 && doc.charsIn > 0) this.mostRemoved.add(listedDoc(doc.removedChars / doc.charsIn, warnings));
  }

  /** Count a line that is not an unscrape/1 record. */
  addBadLine(bad: BadLine): void {
    this.badCount++;
    if (this.bad.length < listed) this.bad.push(bad);
  }

  private site(map: Map<string, SiteState>, key: string): SiteState {
    let s = map.get(key);
    if (!s) {
      if (key !== otherSites && this.hosts.size + this.folders.size >= maxSiteKeys) return this.site(this.hosts, otherSites);
      s = { docs: 0, errors: 0, withWarnings: 0, sentences: 0, charsIn: 0, removedChars: 0, findings: new Map(), langs: new Map() };
      map.set(key, s);
    }
    return s;
  }

  /** The report's data; `run` adds what only the caller knows (inputs, bytes, time). */
  result(run: Pick<ReportData['run'], 'source' | 'inputs'> & Partial<ReportData['run']>): ReportData {
    const nameOf = folderNamer(this.folders.keys());
    const sites = [...this.hosts, ...folderSites(this.folders, nameOf)].map(([site, s]) => siteRow(site, s));
    const named = (docs: ListedDoc[]) => docs.map((d) => (d.url ? d : { ...d, site: nameOf(d.site) }));
    sites.sort((a, b) => b.score - a.score || b.warningRate - a.warningRate || b.docs - a.docs || a.site.localeCompare(b.site));
    const byCount = <T extends { rule: string }>(rows: T[], key: (r: T) => number) => rows.sort((a, b) => key(b) - key(a) || a.rule.localeCompare(b.rule));
    const lengthLabel = (i: number) => (i === 0 ? `< ${lengthBins[0]}` : lengthBins[i] === Infinity ? `≥ ${kilo(lengthBins[i - 1]!)}` : `${kilo(lengthBins[i - 1]!)}–${kilo(lengthBins[i]!)}`);
    const warningLabel = (i: number) => {
      const lo = i === 0 ? 0 : warningBins[i - 1]! + 1;
      const hi = warningBins[i]!;
      return hi === Infinity ? `> ${lo - 1}` : lo === hi ? String(hi) : `${lo}–${hi}`;
    };
    return {
      run: {
        documents: this.documents,
        errors: this.errors,
        badLines: this.badCount,
        sites: sites.length,
        languages: sortedEntries(this.langs),
        charsIn: this.charsIn,
        charsOut: this.charsOut,
        removedChars: this.removedChars,
        sentences: this.sentences,
        ...run,
      },
      errorsByCode: sortedEntries(this.errorCodes),
      badLines: this.bad,
      sites,
      removed: byCount([...this.removed].map(([rule, [count, chars]]) => ({ rule, count, chars })), (r) => r.chars),
      edits: byCount([...this.edits].map(([rule, [count, chars]]) => ({ rule, count, chars })), (r) => r.count),
      findings: byCount([...this.findings].map(([rule, [error, warning, info]]) => ({ rule, error, warning, info })), (r) => r.error + r.warning + r.info),
      lengths: lengthBins.map((_, i) => ({ bin: lengthLabel(i), before: this.lengthBefore[i]!, after: this.lengthAfter[i]! })),
      warnings: warningBins.map((_, i) => ({ bin: warningLabel(i), documents: this.warningHist[i]! })),
      look: { dense: named(this.dense.trim()), removed: named(this.mostRemoved.trim()), errors: named(this.failed) },
    };
  }
}

function siteRow(site: string, s: SiteState): SiteRow {
  const ok = s.docs - s.errors;
  let warnings = 0;
  const ruleRates: Record<string, number> = {};
  for (const [rule, c] of [...s.findings].sort(([a], [b]) => a.localeCompare(b))) {
    warnings += severe(c);
    if (severe(c) > 0) ruleRates[rule] = per1000(severe(c), s.sentences);
  }
  return {
    site,
    docs: s.docs,
    errors: s.errors,
    withWarnings: ok > 0 ? s.withWarnings / ok : 0,
    sentences: s.sentences,
    warningRate: per1000(warnings, s.sentences),
    ruleRates,
    removedShare: s.charsIn > 0 ? s.removedChars / s.charsIn : 0,
    score: machineTranslatedScore(weightedFindings(s.findings), s.sentences),
    langs: sortedEntries(s.langs),
  };
}

function per1000(n: number, sentences: number): number {
  return sentences > 0 ? (1000 * n) / sentences : 0;
}

/** The site name of each folder key: the folders every key shares are dropped, the next one names the site. */
function folderNamer(keys: Iterable<string>): (key: string) => string {
  const split = [...keys].filter((k) => k !== otherSites).map((k) => (k === '' ? [] : k.split('/')));
  let common = 0;
  if (split.length > 0) {
    const first = split[0]!;
    while (common < first.length - 1 && split.every((k) => k.length > common + 1 && k[common] === first[common])) common++;
  }
  return (key) => (key === otherSites ? otherSites : key === '' ? '(top level)' : key.split('/')[common] ?? key);
}

/** Folder keys merged into sites (see `folderNamer`). */
function folderSites(folders: Map<string, SiteState>, nameOf: (key: string) => string): Array<[string, SiteState]> {
  const merged = new Map<string, SiteState>();
  for (const [key, state] of folders) {
    const name = nameOf(key);
    const into = merged.get(name);
    if (!into) merged.set(name, state);
    else mergeSite(into, state);
  }
  return [...merged];
}

function mergeSite(into: SiteState, from: SiteState): void {
  into.docs += from.docs;
  into.errors += from.errors;
  into.withWarnings += from.withWarnings;
  into.sentences += from.sentences;
  into.charsIn += from.charsIn;
  into.removedChars += from.removedChars;
  for (const [rule, c] of from.findings) addSeverities(into.findings, rule, c);
  for (const [lang, n] of from.langs) into.langs.set(lang, (into.langs.get(lang) ?? 0) + n);
}

function addCounts(into: Map<string, CountChars>, from: Record<string, CountChars>): void {
  for (const [rule, [n, chars]] of Object.entries(from)) {
    const c = into.get(rule);
    if (c) {
      c[0] += n;
      c[1] += chars;
    } else into.set(rule, [n, chars]);
  }
}

function addSeverities(into: Map<string, BySeverity>, rule: string, c: BySeverity): void {
  const t = into.get(rule);
  if (t) c.forEach((n, i) => (t[i]! += n));
  else into.set(rule, [c[0], c[1], c[2]]);
}

function sortedEntries(map: Map<string, number>): Array<[string, number]> {
  return [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export { translationRules };
