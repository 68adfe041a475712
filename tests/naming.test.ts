/**
 * The naming convention of src/README.md: module-level constants are camelCase, as every other
 * binding is (`const maxDepth = 200`, not `const MAX_DEPTH = 200`). The files of src/ are parsed
 * with the TypeScript compiler and every name a top-level `const` declares is checked.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');

/** SCREAMING_CASE: capitals, digits and underscores only ("N", "MAX_DEPTH", "ISO639_3"). */
const screaming = /^[A-Z][A-Z0-9_]*$/;

/** The names a binding declares: `a`, and those inside `{ a, b: [c] }`. */
function boundNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : boundNames(e.name)));
}

/** Every name declared by a top-level `const` of a source text, with its line. */
export function moduleConstants(file: string, code: string): { name: string; line: number }[] {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const out: { name: string; line: number }[] = [];
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st) || !(st.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const d of st.declarationList.declarations) {
      for (const name of boundNames(d.name)) out.push({ name, line: sf.getLineAndCharacterOfPosition(d.getStart(sf)).line + 1 });
    }
  }
  return out;
}

describe('naming', () => {
  const files = readdirSync(src, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));

  it('finds the top-level constants, also exported and destructured ones', () => {
    const code = 'export const maxDepth = 1;\nconst { a, b: [C_D] } = x;\nfunction f() { const LOCAL = 1; }\nlet MUTABLE = 2;\n';
    expect(moduleConstants('x.ts', code)).toEqual([{ name: 'maxDepth', line: 1 }, { name: 'a', line: 2 }, { name: 'C_D', line: 2 }]);
    expect(screaming.test('C_D') && screaming.test('N') && !screaming.test('maxDepth') && !screaming.test('Foo')).toBe(true);
  });

  it('no module-level const of src/ is named in SCREAMING_CASE', () => {
    const all = files.flatMap((f) => moduleConstants(f, readFileSync(f, 'utf8')).map((c) => ({ ...c, file: relative(src, f).split('\\').join('/') })));
    expect(all.length).toBeGreaterThan(300);
    const offenders = all.filter((c) => screaming.test(c.name)).map((c) => `src/${c.file}:${c.line} ${c.name}`);
    expect(offenders).toEqual([]);
  });
});
