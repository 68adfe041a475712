import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { Detector } from './types.js';
import { ruleInfo } from './util.js';
const ID = 'pronoun-number';
function pronounNumber() { return (_tree: Root, _file: VFile): void => {}; }
const detector: Detector = {
  info: ruleInfo(ID, 'detect', 'warning', false, 'singular pronoun for a plural antecedent ("The signatories … In his opinion")'),
  englishOnly: true,
  plugin: pronounNumber,
};
export default detector;
