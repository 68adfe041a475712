import { documentRule } from '../../pipeline/registry.js';
import type { Severity } from '../../types.js';
import type { Reporter } from './report.js';

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path as a URI reference (forward slashes, reserved characters escaped). */
function uri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/**
 * SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif): one run, the rule
 * registry as tool.driver.rules (id, shortDescription, helpUri, defaultConfiguration.level),
 * one result per problem with a physical location relative to the working directory, code-point
 * columns (`columnKind`), and a content fingerprint so that alerts follow a span that moves.
 */
export const sarif: Reporter = (results, { tool, rules }) => {
  const all = [...rules, documentRule];
  const index = new Map(all.map((r, i) => [r.id, i]));
  const out = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            informationUri: tool.informationUri,
            rules: all.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()),
              shortDescription: { text: r.summary },
              helpUri: r.url,
              defaultConfiguration: { level: level[r.severity] },
              properties: { stage: r.stage, fixable: r.fixable },
            })),
          },
        },
        columnKind: 'unicodeCodePoints',
        results: results.flatMap((r) =>
          r.problems.map((p) => ({
            ruleId: p.rule,
            ...(index.has(p.rule) ? { ruleIndex: index.get(p.rule)! } : {}),
            level: level[p.severity],
            message: { text: p.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: uri(r.path) },
                  region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
                },
              },
            ],
            partialFingerprints: { 'unscrapeSpan/v1': p.fingerprint },
            ...(p.fixable ? { properties: { fixable: true } } : {}),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(out, null, 2) + '\n';
};
