import type { Reporter } from './report.js';

const command = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escape a workflow command's message (as @actions/core does). */
function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow command's property value. */
function property(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands: `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message`,
 * errors as ::error, info as ::notice; the runner turns them into annotations on the diff.
 */
export const github: Reporter = (results) => {
  const lines: string[] = [];
  for (const r of results) {
    for (const p of r.problems) {
      const props = [`file=${property(r.path)}`, `line=${p.line}`, `col=${p.column}`, `endLine=${p.endLine}`, `endColumn=${p.endColumn}`, `title=${property(p.rule)}`];
      lines.push(`::${command[p.severity]} ${props.join(',')}::${data(p.message)}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};
