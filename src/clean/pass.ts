import type { Change, CleanContext, CleanPass, CleanRule, LineView, TextLine } from '../types.js';
import { holesOf, LineViews, ruleLinesOf } from './line-view.js';

/**
 * One pass of the cleaning rules over one text: what they share.
 *
 * Line rules judge a line as the rules ranked before them will leave it (line-view.ts), and
 * `stray-punctuation` judges punctuation on the text those rules leave, so a rule reads what
 * other rules propose on the same text. A rule names them in `sees`; the pass asks each rule once
 * for its proposals, splits the text into lines once, and hands every rule its own view of the
 * pass. No rule imports another.
 *
 * As a `CleanPass` itself, the pass is what a rule that sees no other rule gets.
 */
export class Pass implements CleanPass {
  readonly #text: string;
  readonly #ctx: CleanContext;
  readonly #rules: ReadonlyMap<string, CleanRule>;
  readonly #proposed = new Map<string, readonly Change[]>();
  readonly #derived = new Map<(pass: CleanPass) => unknown, unknown>();
  #lines: readonly TextLine[] | undefined;

  /** `rules`: every rule a rule of this pass may see, by id. */
  constructor(text: string, ctx: CleanContext, rules: ReadonlyMap<string, CleanRule>) {
    this.#text = text;
    this.#ctx = ctx;
    this.#rules = rules;
  }

  /** The text of the pass. */
  get text(): string {
    return this.#text;
  }

  /** The lines of the text, split on first use; a sentence a text wrapped at a width broke across lines is one (shared/wrap.ts). */
  get lines(): readonly TextLine[] {
    return (this.#lines ??= ruleLinesOf(this.#text));
  }

  seen(): readonly Change[] {
    return [];
  }

  views(own: readonly Change[] = []): (line: TextLine) => LineView {
    const views = new LineViews(this.#text, holesOf(own));
    return (line) => views.view(line);
  }

  once<T>(derive: (pass: CleanPass) => T): T {
    if (this.#derived.has(derive)) return this.#derived.get(derive) as T;
    const value = derive(this);
    this.#derived.set(derive, value);
    return value;
  }

  /** What `rule` proposes on the text: asked once per pass, also when several rules see it. */
  proposed(rule: CleanRule): readonly Change[] {
    let changes = this.#proposed.get(rule.id);
    if (changes === undefined) {
      changes = rule.propose(this.#text, this.#ctx, this.#for(rule));
      this.#proposed.set(rule.id, changes);
    }
    return changes;
  }

  /** The pass as `rule` sees it. */
  #for(rule: CleanRule): CleanPass {
    const sees = rule.sees ?? [];
    if (sees.length === 0) return this;
    const pass = this;
    const seen = (): Change[] =>
      sees.flatMap((id) => {
        const other = this.#rules.get(id);
        if (other === undefined) throw new Error(`clean: ${rule.id} sees ${id}, which is no cleaning rule`);
        return this.proposed(other);
      });
    const view: CleanPass = {
      get lines() {
        return pass.lines;
      },
      seen,
      views: (own = []) => {
        const views = new LineViews(this.#text, holesOf([...own, ...seen()]));
        return (line) => views.view(line);
      },
      // Derived from this view (what the rule sees proposed), kept on the pass: the first to
      // ask computes it (the pass of a round that changed nothing is the cleaned text's, where
      // the rules the rule sees proposed nothing that was not kept).
      once: (derive) => {
        if (this.#derived.has(derive)) return this.#derived.get(derive) as ReturnType<typeof derive>;
        const value = derive(view);
        this.#derived.set(derive, value);
        return value;
      },
    };
    return view;
  }
}
