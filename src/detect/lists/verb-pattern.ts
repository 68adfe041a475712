/**
 * Verbs that take a to-infinitive in Russian/Ukrainian but a gerund, a clause or an object
 * in English. `family` selects the checks in verb-pattern.ts; `fix` builds the suggestion
 * from the gerund of the infinitive (null: no safe rewrite).
 */
export interface VerbEntry { family: 'demand' | 'object' | 'gerund'; fix: (gerund: string, verb: string) => string | null }

const gerundAfter = (verb: string, gerund: string): string => `${verb} ${gerund}`;

/** Inflected form -> entry. */
export const verbs: ReadonlyMap<string, VerbEntry> = new Map<string, VerbEntry>([
  ...['demand', 'demands', 'demanded', 'demanding'].map((v): [string, VerbEntry] =>
    [v, { family: 'demand', fix: (g) => `${v.replace('demand', 'call')} for ${g}`.replace('calling for', 'calling for') }]),
  ...['insist', 'insists', 'insisted', 'insisting'].map((v): [string, VerbEntry] =>
    [v, { family: 'gerund', fix: (g) => `${v} on ${g}` }]),
  ...['succeed', 'succeeds', 'succeeded'].map((v): [string, VerbEntry] =>
    [v, { family: 'gerund', fix: (g) => `${v} in ${g}` }]),
  ...['allow', 'allows', 'allowed', 'allowing', 'permit', 'permits', 'permitted', 'permitting',
    'enable', 'enables', 'enabled', 'enabling', 'advise', 'advises', 'advised', 'advising',
    'urge', 'urges', 'urged', 'forbid', 'forbids', 'forbade'].map((v): [string, VerbEntry] =>
    [v, { family: 'object', fix: (g) => gerundAfter(v, g) }]),
  ...['suggest', 'suggests', 'suggested', 'suggesting', 'recommend', 'recommends', 'recommended',
    'recommending', 'avoid', 'avoids', 'avoided', 'avoiding', 'consider', 'considers',
    'considering', 'risk', 'risks', 'risked', 'risking', 'prohibit', 'prohibits', 'prohibited',
    'finish', 'finishes', 'finished', 'enjoy', 'enjoys', 'enjoyed', 'postpone', 'postponed',
    'postpones', 'deny', 'denies', 'denied', 'practice', 'practise', 'mind', 'minds',
  ].map((v): [string, VerbEntry] => [v, { family: 'gerund', fix: (g) => gerundAfter(v, g) }]),
]);

/** "demanded to know/see/speak/be heard" is idiomatic English. */
export const demandOk = new Set([
  'know', 'see', 'speak', 'talk', 'be', 'meet', 'hear', 'have', 'leave', 'go', 'come', 'visit',
  'enter', 'join', 'return', 'read', 'inspect', 'review', 'examine', 'attend', 'understand',
  'learn', 'get', 'stay', 'take', 'ask', 'say', 'view', 'look', 'question', 'address', 'testify',
  'vote', 'participate', 'sit',
]);

/** Forms of be/get: before a participle they make the grammatical passive ("were allowed to"). */
export const beForms = new Set([
  'be', 'is', 'are', 'was', 'were', 'been', 'being', "isn't", "aren't", "wasn't", "weren't",
  'get', 'gets', 'got', 'gotten', 'getting', "'s", "'re", 'am', "'m", 'become', 'became',
]);

/** Words that may stand between be and the participle ("were not allowed to"). */
export const beAdverbs = new Set([
  'not', 'never', 'also', 'only', 'still', 'now', 'finally', 'reportedly', 'then', 'again',
  'just', 'already', 'previously', 'even', 'generally', 'usually', 'often', 'always', 'later',
  'eventually', 'initially', 'officially', 'legally', 'effectively', 'no', 'longer', 'once',
  'being', 'been', 'strongly', 'widely', 'actively', 'seriously',
]);

/** Subjects/auxiliaries before "allowed/permitted/enabled to" that make it active ("This allowed to reduce"). */
export const activeBefore = new Set([
  'it', 'this', 'that', 'which', 'has', 'have', 'had', 'will', 'would', 'could', 'should',
  'can', 'may', 'might', 'must', 'they', 'we', 'he', 'she', 'measure', 'measures', 'decision',
  'law', 'decree', 'move', 'step', 'changes', 'innovation', 'technology', 'system',
]);
