/**
 * pleonastic-pronoun: a partitive subject resumed by its pronoun ("Most of them they are
 * workers", "Plus of us we are worthy people"). Russian "многие из нас мы" and MT of
 * fronted subjects produce it; English drops the second pronoun.
 *
 * Notes:
 * - Only quantifiers open the pattern ("most/many/some/all/… of them they"): "because of
 *   them they lost" and "instead of us we" are grammatical and stay quiet.
 * - The pronoun must agree with the partitive (us/we, them/they, you/you): "some of them
 *   we" is a different sentence.
 * - With a comma ("Some of us, we just want…") it is a spoken left-dislocation that native
 *   quotes contain: reported as `info` only.
 */
import type { Reporter, TreeDetector, TreeUnit } from './types.js';
import { eachSentenceMatch } from './util.js';
import { PARTITIVE_QUANTIFIERS } from './lists/pleonastic-pronoun.js';

const ID = 'pleonastic-pronoun';
const RESUMES: Record<string, string> = { us: 'we', them: 'they', you: 'you' };
const PATTERN = /(?<![\p{L}'’-])([\p{L}]+)\s+of\s+(us|them|you)(\s*,\s*|\s+)(we|they|you)(?![\p{L}'’])/giu;
const PREFILTER = /\bof\s+(?:us|them|you)\s*(?:,\s*)?(?:we|they|you)\b/i;

function check({ tree, text }: TreeUnit, report: Reporter): void {
  eachSentenceMatch(tree, text, PATTERN, (m, offset) => {
    const [, quant, obj, gap, subj] = m;
    if (!PARTITIVE_QUANTIFIERS.has(quant!.toLowerCase())) return;
    if (RESUMES[obj!.toLowerCase()] !== subj!.toLowerCase()) return;
    const start = offset + quant!.length + m[0].slice(quant!.length).search(/of/i);
    const end = offset + m[0].length;
    report({
      start, end, info: gap!.includes(','),
      message: `Pronoun “${subj}” repeats the subject “${quant} of ${obj}”`,
      suggestion: `of ${obj}`,
    });
  }, PREFILTER);
}

const detector: TreeDetector = {
  info: { id: ID, stage: 'detect', severity: 'warning', fixable: false, summary: 'a partitive subject resumed by its pronoun ("Most of them they …")', languages: ['en'] },
  needs: 'tree',
  check,
  gate: (text) => PREFILTER.test(text),
};
export default detector;
