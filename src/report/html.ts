/**
 * The report as one self-contained HTML file: inline CSS (screen and print), the charts as inline
 * SVG, real tables with captions, and a few lines of plain script that sort a table by a column.
 * No external resource of any kind: it opens from a file:// URL with the network off.
 */
import type { ListedDoc, ReportData, SiteRow } from './aggregate.js';
import type { Chart, Table } from './charts.js';
import { translationRules } from './score.js';

/** Rows of the per-site table in the HTML (the rest are counted). */
export const maxSiteRows = 300;

/** What the page needs besides the data. */
export interface HtmlOptions {
  version: string;
  /** The link to a document's source path from where the report is written (undefined: no link). */
  sourceHref: (path: string) => string | undefined;
}

const esc = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const int = (n: number) => n.toLocaleString('en-US');
const dec = (n: number, d = 1) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const pct = (x: number) => `${dec(100 * x, 1)} %`;

/** A number cell: shown formatted, sorted by its value. */
const num = (value: number, shown = int(value)) => `<td class="n" data-v="${value}">${esc(shown)}</td>`;

function table(t: Table, id: string): string {
  const head = t.columns.map((c) => `<th scope="col" aria-sort="none"><button type="button">${esc(c)}</button></th>`).join('');
  const body = t.rows
    .map((row) => `<tr>${row.map((cell, i) => (typeof cell === 'number' ? num(cell, dec(cell, t.decimals?.[i] ?? 0)) : i === 0 ? `<th scope="row">${esc(cell)}</th>` : `<td>${esc(cell)}</td>`)).join('')}</tr>`)
    .join('\n');
  return `<table class="sortable" id="${id}"><caption>${esc(t.caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function figure(chart: Chart): string {
  // The SVG is an image whose name is the title and whose description is the text alternative.
  const svg = chart.svg.replace(/^<svg\b/, `<svg role="img" aria-labelledby="${chart.id}-t" aria-describedby="${chart.id}-d"`).replace(/(<svg\b[^>]*>)/, `$1<title id="${chart.id}-t">${esc(chart.title)}</title><desc id="${chart.id}-d">${esc(chart.description)}</desc>`);
  return `<figure class="chart" id="chart-${chart.id}">
<div class="svg">${svg}</div>
<figcaption><strong>${esc(chart.title)}.</strong> ${esc(chart.description)}</figcaption>
</figure>
${chart.table ? `<details class="data"><summary>The numbers behind this chart</summary><div class="scroll">${table(chart.table, `table-${chart.id}`)}</div></details>` : ''}`;
}

function siteTable(sites: SiteRow[]): string {
  const rows = sites.slice(0, maxSiteRows).map((s) => {
    const rules = Object.entries(s.ruleRates).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([r, v]) => `${r} ${dec(v)}`).join(', ');
    return `<tr><th scope="row">${esc(s.site)}</th>${num(s.score)}${num(s.docs)}${num(s.errors)}${num(s.withWarnings, pct(s.withWarnings))}${num(s.warningRate, dec(s.warningRate))}<td>${esc(rules)}</td>${num(s.removedShare, pct(s.removedShare))}${num(s.sentences)}<td>${esc(s.langs.slice(0, 4).map(([l, n]) => `${l} ${n}`).join(', '))}</td></tr>`;
  });
  const more = sites.length > maxSiteRows ? `<p>${int(sites.length - maxSiteRows)} more sites with lower scores are not listed.</p>` : '';
  const head = ['site', 'MT score', 'documents', 'errors', 'with warnings', 'warnings / 1000 sentences', 'top rules (per 1000 sentences)', 'removed', 'sentences', 'languages'];
  return `<div class="scroll"><table class="sortable" id="table-sites"><caption>Sites, likeliest machine-translated first (click a column to sort)</caption><thead><tr>${head.map((h) => `<th scope="col" aria-sort="none"><button type="button">${esc(h)}</button></th>`).join('')}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table></div>${more}`;
}

function docTable(id: string, caption: string, docs: ListedDoc[], valueHead: string, value: (d: ListedDoc) => string, options: HtmlOptions): string {
  if (docs.length === 0) return `<p>No document here.</p>`;
  const rows = docs.map((d) => {
    const where = `${d.path}${d.line !== undefined ? `:${d.line}` : ''}`;
    const href = options.sourceHref(d.path);
    const pathCell = href ? `<a href="${esc(href)}">${esc(where)}</a>` : esc(where);
    const what = d.error
      ? `<span class="code">${esc(d.error.code)}</span>: ${esc(d.error.message)}`
      : `<ul>${d.first.map((f) => `<li><span class="sev sev-${esc(f.severity)}">${esc(f.severity)}</span> <span class="code">${esc(f.rule)}</span> line ${f.line}: “${esc(f.excerpt)}” — ${esc(f.message)}</li>`).join('')}</ul>`;
    return `<tr><th scope="row">${pathCell}${d.url ? ` <a class="url" href="${esc(d.url)}" rel="noreferrer">(page)</a>` : ''}</th><td>${esc(d.title ?? '')}</td><td>${esc(d.site)}</td><td class="n" data-v="${d.value}">${esc(value(d))}</td><td>${what}</td></tr>`;
  });
  return `<table class="sortable docs" id="${id}"><caption>${esc(caption)}</caption><thead><tr>${['path', 'title', 'site', valueHead, 'first findings'].map((h) => `<th scope="col" aria-sort="none"><button type="button">${esc(h)}</button></th>`).join('')}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

function summaryList(data: ReportData): string {
  const r = data.run;
  const items: Array<[string, string]> = [
    ['documents', int(r.documents)],
    ['error records', `${int(r.errors)}${data.errorsByCode.length ? ` (${data.errorsByCode.map(([c, n]) => `${c}: ${int(n)}`).join(', ')})` : ''}`],
    ['lines that are not records', int(r.badLines)],
    ['sites', int(r.sites)],
    ['languages', r.languages.slice(0, 8).map(([l, n]) => `${l} ${int(n)}`).join(', ') + (r.languages.length > 8 ? `, ${r.languages.length - 8} more` : '')],
    ['characters in → out', `${int(r.charsIn)} → ${int(r.charsOut)} (${pct(r.charsIn > 0 ? r.removedChars / r.charsIn : 0)} removed)`],
    ['sentences (estimated)', int(r.sentences)],
  ];
  if (r.bytesIn !== undefined) items.push([r.source === 'clean' ? 'bytes read' : 'bytes of records read', int(r.bytesIn)]);
  if (r.bytesOut !== undefined) items.push(['bytes of records written', int(r.bytesOut)]);
  if (r.seconds !== undefined) items.push([r.source === 'clean' ? 'time to clean' : 'time to read the records', `${dec(r.seconds, 1)} s`]);
  return `<table id="table-run" class="run"><caption>The run</caption><tbody>${items.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</tbody></table>`;
}

const css = `
:root{color-scheme:light;--fg:#1d1d1f;--muted:#555;--line:#d0d0d0;--head:#f3f3f3;--accent:#1f4e8c}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);margin:0 auto;max-width:1100px;padding:1.5rem}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.3rem;margin-top:2.4rem;border-bottom:2px solid var(--fg);padding-bottom:.2rem}h3{font-size:1.05rem;margin-top:1.6rem}
p.lead{color:var(--muted);margin-top:0}
nav ul{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;padding:0;list-style:none}
a{color:var(--accent)}
table{border-collapse:collapse;margin:.6rem 0 1.4rem;font-size:.88rem;width:100%}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid var(--line);padding:.25rem .45rem;vertical-align:top;text-align:left}
thead th{background:var(--head);white-space:nowrap}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
th button{all:unset;cursor:pointer;font-weight:600}
th button:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
table.run{width:auto}table.run th{font-weight:600;background:var(--head)}
.docs ul{margin:0;padding-left:1.1rem}.docs td:last-child{min-width:26rem}.docs th[scope=row]{font-weight:normal;word-break:break-all;min-width:12rem}
.code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em}
.sev{font-weight:700;text-transform:uppercase;font-size:.72em;border:1px solid currentColor;padding:0 .25em;border-radius:3px}
.sev-error{color:#a40000}.sev-warning{color:#8a5a00}.sev-info{color:#444}
figure.chart{margin:1rem 0 .4rem}figure.chart .svg{overflow-x:auto}figure.chart svg{max-width:100%;height:auto}
figcaption{font-size:.88rem;color:var(--muted);max-width:60rem}
.scroll{overflow-x:auto}
details.data{margin:.2rem 0 1.2rem}details.data summary{cursor:pointer;color:var(--accent)}
.note{background:#f7f7f2;border-left:4px solid #aaa;padding:.5rem .8rem;font-size:.9rem}
@media print{
  body{max-width:none;padding:0;font-size:10pt}
  nav,th button::after{display:none}
  th button{font-weight:700}
  details.data summary{display:none}
  h2{break-before:page;break-after:avoid}h2:first-of-type{break-before:auto}
  figure.chart,tr{break-inside:avoid}
  thead{display:table-header-group}
  a{color:inherit;text-decoration:none}
  table{font-size:8.5pt}
}`;

/** Sort a table by the clicked column: numbers by `data-v`, text by its content. */
const script = `
for (const t of document.querySelectorAll('table.sortable')) {
  t.querySelectorAll('thead th').forEach((th, i) => th.querySelector('button').addEventListener('click', () => {
    const up = th.getAttribute('aria-sort') === 'descending';
    t.querySelectorAll('thead th').forEach((h) => h.setAttribute('aria-sort', 'none'));
    th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
    const key = (r) => { const c = r.cells[i]; return c && c.dataset.v !== undefined ? Number(c.dataset.v) : (c ? c.textContent.trim().toLowerCase() : ''); };
    const rows = [...t.tBodies[0].rows];
    rows.sort((a, b) => { const x = key(a), y = key(b); return (x < y ? -1 : x > y ? 1 : 0) * (up ? 1 : -1); });
    t.tBodies[0].append(...rows);
  }));
}
// Printed, every table shows.
addEventListener('beforeprint', () => document.querySelectorAll('details').forEach((d) => { d.open = true; }));`;

/** The whole page. */
export function renderHtml(data: ReportData, charts: Chart[], options: HtmlOptions): string {
  const chart = (id: string) => {
    const c = charts.find((x) => x.id === id);
    return c ? figure(c) : '';
  };
  const r = data.run;
  const bad = data.badLines.length
    ? `<table class="sortable" id="table-bad"><caption>Lines that are not unscrape/1 records (${int(r.badLines)}${r.badLines > data.badLines.length ? `; the first ${data.badLines.length} named` : ''})</caption><thead><tr><th scope="col" aria-sort="none"><button type="button">where</button></th><th scope="col" aria-sort="none"><button type="button">why</button></th></tr></thead><tbody>${data.badLines.map((b) => `<tr><th scope="row">${esc(b.path)}${b.line !== undefined ? `:${b.line}` : ''}</th><td>${esc(b.reason)}</td></tr>`).join('')}</tbody></table>`
    : '<p>Every line was an unscrape/1 record.</p>';
  const sections: Array<[string, string, string]> = [
    ['run', 'The run', summaryList(data)],
    ['sites', 'Sites', `<p>The <strong>MT score</strong> (0–100, “likely machine-translated”) adds up a site’s findings of the translation-artifact rules (${translationRules.map((x) => `<span class="code">${x}</span>`).join(', ')}; infos count a quarter) per 1000 sentences, with 40 sentences added so that one short document cannot score high, and maps the rate to 0–100: 100 × (1 − e<sup>−rate/100</sup>). Native news sites score under 30 (nearly all under 10); 50 and above means about one such finding every 15 sentences. Warnings counts findings of severity error and warning. Sentences are estimated from end punctuation.</p>
${chart('scores')}
${siteTable(data.sites)}
${chart('rates')}`],
    ['cleaning', 'What cleaning removed and edited', `${chart('removed') || '<p>Nothing was removed.</p>'}${chart('edits') || '<p>Nothing was edited.</p>'}`],
    ['findings', 'Findings', chart('findings') || '<p>No findings.</p>'],
    ['distributions', 'Distributions', `${chart('lengths')}${chart('warnings')}`],
    ['languages', 'Languages', chart('langs') || '<p>No language information.</p>'],
    ['look', 'Documents worth a look', `
<h3>Highest warning density</h3>
${docTable('table-dense', 'Documents with the most error and warning findings per 1000 sentences (three sentences added to each count)', data.look.dense, 'per 1000 sentences', (d) => dec(d.value), options)}
<h3>Most removed</h3>
${docTable('table-most-removed', 'Documents with the largest share of their characters removed', data.look.removed, 'removed', (d) => pct(d.value), options)}
<h3>Errors</h3>
${docTable('table-errors', `Documents that could not be processed (${int(r.errors)}${r.errors > data.look.errors.length ? `; the first ${data.look.errors.length} listed` : ''})`, data.look.errors, 'code', (d) => d.error?.code ?? '', options)}`],
    ['input', 'Input problems', `${chart('errors')}${bad}`],
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="unscrape ${esc(options.version)}">
<title>unscrape report: ${int(r.documents)} documents, ${int(r.sites)} sites</title>
<style>${css}</style>
</head>
<body>
<header>
<h1>unscrape report</h1>
<p class="lead">${int(r.documents)} documents from ${int(r.sites)} sites, ${r.source === 'clean' ? 'made while cleaning' : 'made from unscrape/1 records'}: ${esc(r.inputs.join(', ') || 'standard input')}. unscrape ${esc(options.version)}.</p>
<nav aria-label="Sections"><ul>${sections.map(([id, title]) => `<li><a href="#${id}">${esc(title)}</a></li>`).join('')}</ul></nav>
</header>
<main>
${sections.map(([id, title, body]) => `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(title)}</h2>\n${body}\n</section>`).join('\n')}
</main>
<script>${script}</script>
</body>
</html>
`;
}
