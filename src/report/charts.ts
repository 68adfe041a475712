/**
 * The report's charts: Vega-Lite specifications compiled and rendered to SVG here, in Node, by
 * Vega's headless view (`View.toSVG()`), so the HTML holds finished pictures and no script
 * library. Each chart comes with a title, a text alternative and the table of numbers behind it.
 * Colour never carries meaning alone: bars carry value labels, the heat map its numbers,
 * severities and before/after are separate panels, language segments their language code.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ReportData } from './aggregate.js';

/** A table: caption, column headers, rows of cells (numbers sort as numbers). */
export interface Table {
  caption: string;
  columns: string[];
  rows: Array<Array<string | number>>;
  /** Table cells that are numbers are shown with this many decimals (default 0). */
  decimals?: number[];
}

/** A rendered chart with its text alternative and its table. */
export interface Chart {
  id: string;
  title: string;
  /** What the chart shows, in a sentence or two: the text alternative. */
  description: string;
  svg: string;
  /** The numbers behind the chart; none when a table of the page already holds them. */
  table?: Table;
}

/** Sites in the per-site charts. */
const chartSites = 20;
const font = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const barColor = '#3465a4';

const baseConfig = {
  font,
  background: 'white',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 220 },
  title: { fontSize: 14, anchor: 'start' as const },
  bar: { color: barColor },
};

type Spec = Record<string, unknown>;

/** Render a Vega-Lite spec to SVG, its ids made unique to the chart (several SVGs share one page). */
async function render(id: string, title: string, description: string, spec: Spec): Promise<string> {
  const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
  const top = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', title, description, config: baseConfig, ...spec } as unknown as TopLevelSpec;
  const view = new vega.View(vega.parse(vl.compile(top).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg
    .replace(/\bid="([^"]+)"/g, `id="${id}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${id}-$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${id}-$1"`);
}

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/** Horizontal bars of `value` by `label`, sorted as given, each labelled with its value. */
function bars(rows: Array<{ label: string; value: number }>, xTitle: string, yTitle: string, format = ',.0f'): Spec {
  return {
    width: 420,
    data: { values: rows },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: null, title: yTitle },
      x: { field: 'value', type: 'quantitative', title: xTitle },
    },
    layer: [
      { mark: { type: 'bar' } },
      { mark: { type: 'text', align: 'left', dx: 3, fontSize: 11 }, encoding: { text: { field: 'value', type: 'quantitative', format } } },
    ],
  };
}

/** Build every chart that has data. */
export async function buildCharts(data: ReportData): Promise<Chart[]> {
  const charts: Chart[] = [];
  const add = async (id: string, title: string, description: string, spec: Spec, table: Table | undefined) => {
    charts.push({ id, title, description, svg: await render(id, title, description, spec), ...(table ? { table } : {}) });
  };
  const worst = data.sites.filter((s) => s.docs > s.errors).slice(0, chartSites);

  if (worst.length > 0) {
    const top = worst[0]!;
    await add('scores', 'Likely machine-translated: score by site (0–100)',
      `Bar chart of the ${worst.length} sites with the highest score. Highest: ${top.site} with ${top.score} (${fmt(top.warningRate, 1)} warnings per 1000 sentences).`,
      { ...bars(worst.map((s) => ({ label: s.site, value: s.score })), 'score (0–100)', 'site'), encoding: { y: { field: 'label', type: 'nominal', sort: null, title: 'site' }, x: { field: 'value', type: 'quantitative', title: 'score (0–100)', scale: { domain: [0, 100] } } } },
      // The per-site table below the chart holds these numbers and more.
      undefined);

    const rules = [...new Set(worst.flatMap((s) => Object.keys(s.ruleRates)))].sort();
    if (rules.length > 0) {
      const cells = worst.flatMap((s) => rules.map((rule) => ({ site: s.site, rule, rate: Math.round((s.ruleRates[rule] ?? 0) * 10) / 10 })));
      const peak = Math.max(...cells.map((c) => c.rate));
      const hottest = cells.find((c) => c.rate === peak)!;
      await add('rates', 'Warnings per 1000 sentences, by site and rule',
        `Heat map of error and warning findings per 1000 sentences for ${worst.length} sites and ${rules.length} rules; each cell shows its number. Highest: ${hottest.rule} on ${hottest.site}, ${fmt(peak, 1)}.`,
        {
          data: { values: cells },
          width: { step: 44 },
          height: { step: 20 },
          encoding: {
            y: { field: 'site', type: 'nominal', sort: worst.map((s) => s.site), title: 'site' },
            x: { field: 'rule', type: 'nominal', title: 'rule', axis: { labelAngle: -40 } },
          },
          layer: [
            // An empty cell is white and blank; the others carry their number.
            { mark: { type: 'rect', stroke: '#ccc' }, encoding: { color: { condition: { test: 'datum.rate === 0', value: 'white' }, field: 'rate', type: 'quantitative', scale: { scheme: 'oranges' }, title: 'per 1000' } } },
            { mark: { type: 'text', fontSize: 10 }, encoding: { text: { condition: { test: 'datum.rate === 0', value: '' }, field: 'rate', type: 'quantitative', format: '.1f' }, color: { condition: { test: `datum.rate > ${peak / 2}`, value: 'white' }, value: 'black' } } },
          ],
        },
        { caption: 'Warnings per 1000 sentences by site and rule', columns: ['site', ...rules], rows: worst.map((s) => [s.site, ...rules.map((r) => s.ruleRates[r] ?? 0)]), decimals: [0, ...rules.map(() => 1)] });
    }
  }

  if (data.removed.length > 0) {
    const top = data.removed[0]!;
    await add('removed', 'Removed characters by rule',
      `Bar chart of characters removed by each cleaning rule. Most: ${top.rule}, ${fmt(top.chars)} characters in ${fmt(top.count)} removals.`,
      bars(data.removed.map((r) => ({ label: r.rule, value: r.chars })), 'characters removed', 'rule'),
      { caption: 'Removals by rule', columns: ['rule', 'removals', 'characters'], rows: data.removed.map((r) => [r.rule, r.count, r.chars]) });
  }
  if (data.edits.length > 0) {
    const top = data.edits[0]!;
    await add('edits', 'Edits by rule',
      `Bar chart of the number of edits by each cleaning rule. Most: ${top.rule}, ${fmt(top.count)} edits.`,
      bars(data.edits.map((r) => ({ label: r.rule, value: r.count })), 'edits', 'rule'),
      { caption: 'Edits by rule', columns: ['rule', 'edits', 'characters replaced'], rows: data.edits.map((r) => [r.rule, r.count, r.chars]) });
  }
  if (data.findings.length > 0) {
    const values = data.findings.flatMap((f) => (['error', 'warning', 'info'] as const).map((severity) => ({ rule: f.rule, severity, count: f[severity] })));
    const total = (s: 'error' | 'warning' | 'info') => data.findings.reduce((n, f) => n + f[s], 0);
    await add('findings', 'Findings by rule and severity',
      `Bar charts of findings per rule, one panel per severity: ${fmt(total('error'))} errors, ${fmt(total('warning'))} warnings, ${fmt(total('info'))} infos. Most frequent rule: ${data.findings[0]!.rule}.`,
      {
        data: { values },
        facet: { column: { field: 'severity', type: 'nominal', sort: ['error', 'warning', 'info'], title: null, header: { labelFontSize: 13, labelFontWeight: 'bold' } } },
        spec: {
          width: 170,
          encoding: { y: { field: 'rule', type: 'nominal', sort: data.findings.map((f) => f.rule), title: 'rule' }, x: { field: 'count', type: 'quantitative', title: 'findings' } },
          layer: [{ mark: 'bar' }, { mark: { type: 'text', align: 'left', dx: 3, fontSize: 10 }, encoding: { text: { condition: { test: 'datum.count > 0', field: 'count', type: 'quantitative', format: ',d' }, value: '' } } }],
        },
        resolve: { scale: { x: 'independent' } },
      },
      { caption: 'Findings by rule and severity', columns: ['rule', 'error', 'warning', 'info'], rows: data.findings.map((f) => [f.rule, f.error, f.warning, f.info]) });
  }
  if (data.run.documents > data.run.errors) {
    const values = data.lengths.flatMap((b) => [
      { bin: b.bin, when: 'before cleaning', documents: b.before },
      { bin: b.bin, when: 'after cleaning', documents: b.after },
    ]);
    const median = (key: 'before' | 'after') => {
      const half = (data.run.documents - data.run.errors) / 2;
      let seen = 0;
      return data.lengths.find((b) => (seen += b[key]) >= half)?.bin ?? '';
    };
    await add('lengths', 'Document length before and after cleaning (characters)',
      `Histograms of document length in characters, one panel before and one after cleaning. The median document is in the bin ${median('before')} before and ${median('after')} after.`,
      {
        data: { values },
        facet: { row: { field: 'when', type: 'nominal', sort: ['before cleaning', 'after cleaning'], title: null, header: { labelAngle: 0, labelAlign: 'left', labelFontSize: 12 } } },
        spec: {
          width: 540,
          height: 110,
          encoding: { x: { field: 'bin', type: 'ordinal', sort: data.lengths.map((b) => b.bin), title: 'characters', axis: { labelAngle: 0 } }, y: { field: 'documents', type: 'quantitative', title: 'documents' } },
          layer: [{ mark: 'bar' }, { mark: { type: 'text', dy: -6, fontSize: 10 }, encoding: { text: { condition: { test: 'datum.documents > 0', field: 'documents', type: 'quantitative', format: ',d' }, value: '' } } }],
        },
      },
      { caption: 'Documents by length', columns: ['characters', 'before cleaning', 'after cleaning'], rows: data.lengths.map((b) => [b.bin, b.before, b.after]) });

    const none = data.warnings[0]!.documents;
    await add('warnings', 'Warnings per document',
      `Histogram of documents by their number of error and warning findings. ${fmt(none)} of ${fmt(data.run.documents - data.run.errors)} documents have none.`,
      {
        width: 460,
        height: 150,
        data: { values: data.warnings },
        encoding: { x: { field: 'bin', type: 'ordinal', sort: data.warnings.map((b) => b.bin), title: 'warnings in the document', axis: { labelAngle: 0 } }, y: { field: 'documents', type: 'quantitative', title: 'documents' } },
        layer: [{ mark: 'bar' }, { mark: { type: 'text', dy: -6, fontSize: 10 }, encoding: { text: { condition: { test: 'datum.documents > 0', field: 'documents', type: 'quantitative', format: ',d' }, value: '' } } }],
      },
      { caption: 'Documents by number of warnings', columns: ['warnings', 'documents'], rows: data.warnings.map((b) => [b.bin, b.documents]) });
  }

  const bySize = [...data.sites].filter((s) => s.langs.length > 0).sort((a, b) => b.docs - a.docs || a.site.localeCompare(b.site)).slice(0, chartSites);
  if (bySize.length > 0) {
    const values = bySize.flatMap((s) => s.langs.map(([lang, n]) => ({ site: s.site, lang, documents: n, share: n / s.langs.reduce((t, [, m]) => t + m, 0) })));
    const mixed = bySize.filter((s) => s.langs.length > 1).length;
    await add('langs', 'Language mix by site',
      `Stacked bars of the share of each language among the documents of the ${bySize.length} largest sites; each segment is labelled with its language code. ${mixed} of them mix languages.`,
      {
        width: 420,
        data: { values },
        encoding: {
          y: { field: 'site', type: 'nominal', sort: bySize.map((s) => s.site), title: 'site' },
          x: { field: 'share', type: 'quantitative', stack: 'normalize', title: 'share of documents', axis: { format: '%' } },
          order: { field: 'documents', type: 'quantitative', sort: 'descending' },
        },
        layer: [
          { mark: { type: 'bar', stroke: 'white', strokeWidth: 1 }, encoding: { color: { field: 'lang', type: 'nominal', title: 'language', scale: { scheme: 'tableau10' } } } },
          { mark: { type: 'text', align: 'center', fontSize: 10, color: 'white' }, encoding: { x: { field: 'share', type: 'quantitative', stack: 'normalize', bandPosition: 0.5 }, text: { condition: { test: 'datum.share >= 0.08', field: 'lang' }, value: '' } } },
        ],
      },
      { caption: 'Languages by site', columns: ['site', 'documents', 'languages'], rows: bySize.map((s) => [s.site, s.docs, s.langs.map(([l, n]) => `${l} ${n}`).join(', ')]) });
  }

  if (data.errorsByCode.length > 0) {
    await add('errors', 'Documents that could not be processed, by error code',
      `Bar chart of error records by code: ${data.errorsByCode.map(([c, n]) => `${c} ${n}`).join(', ')}.`,
      bars(data.errorsByCode.map(([label, value]) => ({ label, value })), 'error records', 'code'),
      { caption: 'Error records by code', columns: ['code', 'documents'], rows: data.errorsByCode });
  }
  return charts;
}
