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
import { partitiveQuantifiers } from './lists/pleonastic-pronoun.js';

const ruleId = 'pleonastic-pronoun';
const resumes: Record<string, string> = { us: 'we', them: 'they', you: 'you' };
const pattern = /(?<![\p{L}'’-])([\p{L}]+)\s+of\s+(us|them|you)(\s*,\s*|\s+)(we|they|you)(?![\p{L}'’])/giu;
const prefilter = /\bof\s+(?:us|them|you)\s*(?:,\s*)?(?:we|they|you)\b/i;

function check({ tree, text }: TreeUnit, report: Reporter): void {
  eachSentenceMatch(tree, text, pattern, (m, offset) => {
    const [, quant, obj, gap, subj] = m;
    if (!partitiveQuantifiers.has(quant!.toLowerCase())) return;
    if (resumes[obj!.toLowerCase()] !== subj!.toLowerCase()) return;
    const start = offset + quant!.length + m[0].slice(quant!.length).search(/of/i);
    const end = offset + m[0].length;
    report({
      start, end, info: gap!.includes(','),
      message: `Pronoun “${subj}” repeats the subject “${quant} of ${obj}”`,
      suggestion: `of ${obj}`,
    });
  }, prefilter);
}

const detector: TreeDetector = {
  info: { id: ruleId, stage: 'detect', severity: 'warning', fixable: false, summary: 'a partitive subject resumed by its pronoun ("Most of them they …")', languages: ['en'] },
  needs: 'tree',
  check,
  gate: (text) => prefilter.test(text),
};
export default detector;
