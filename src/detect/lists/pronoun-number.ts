/**
 * Word lists for pronoun-number. The tagger (tagger.ts, with compromise's lexicon) decides
 * number (Plural/Singular) and names (Person/ProperNoun); its `Actor` tag marks many person nouns. These lists add the
 * person and group nouns it does not tag as actors.
 */

/** Plural nouns that denote people or groups of people (heads of a plural subject). */
export const humanPlurals = new Set([
  'signatories', 'members', 'protesters', 'protestors', 'participants', 'residents', 'experts',
  'officials', 'relatives', 'activists', 'demonstrators', 'representatives', 'deputies',
  'lawmakers', 'legislators', 'delegates', 'authors', 'organizers', 'organisers', 'voters',
  'students', 'teachers', 'doctors', 'journalists', 'reporters', 'analysts', 'observers',
  'investigators', 'prosecutors', 'judges', 'lawyers', 'soldiers', 'servicemen', 'officers',
  'veterans', 'employees', 'workers', 'staff', 'colleagues', 'leaders', 'heads', 'ministers',
  'diplomats', 'scientists', 'researchers', 'specialists', 'volunteers', 'rescuers',
  'militants', 'fighters', 'rebels', 'separatists', 'opponents', 'supporters', 'critics',
  'users', 'citizens', 'people', 'inhabitants', 'locals', 'parents', 'pupils', 'villagers',
  'entrepreneurs', 'businessmen', 'farmers', 'miners', 'strikers', 'candidates', 'politicians',
  'senators', 'governors', 'mayors', 'ambassadors', 'commissioners', 'inspectors', 'auditors',
  'petitioners', 'plaintiffs', 'defendants', 'detainees', 'prisoners', 'hostages', 'refugees',
  'migrants', 'victims', 'witnesses', 'eyewitnesses', 'survivors', 'athletes', 'players',
  'fans', 'viewers', 'readers', 'listeners', 'subscribers', 'bloggers', 'authorities',
  'physicians', 'nurses', 'medics', 'paramedics', 'pensioners', 'retirees', 'clergy',
  'priests', 'bishops', 'monks', 'economists', 'sociologists', 'historians', 'artists',
  'writers', 'musicians', 'actors', 'directors', 'founders', 'owners', 'shareholders',
  'investors', 'managers', 'executives', 'negotiators', 'mediators', 'envoys', 'spokespeople',
  'servicemembers', 'guards', 'policemen', 'police', 'troops', 'forces', 'agents', 'cadets',
  'applicants', 'passengers', 'shoppers', 'commuters', 'taxpayers', 'neighbours', 'neighbors',
  'drivers', 'tenants', 'cyclists', 'sailors', 'pilots', 'crew', 'builders', 'demonstrators', 'attendees', 'speakers', 'authorities', 'ombudsmen',
]);

/** Singular nouns that name a person the tagger may not tag as an actor. */
export const singularPersons = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'victim', 'president', 'chairman',
  'chairwoman', 'chair', 'head', 'leader', 'minister', 'colonel', 'general', 'officer',
  'man', 'woman', 'boy', 'girl', 'son', 'daughter', 'father', 'mother', 'husband', 'wife',
  'brother', 'sister', 'deputy', 'mayor', 'governor', 'ambassador', 'director', 'chief',
  'commander', 'candidate', 'author', 'founder', 'owner', 'witness', 'suspect', 'defendant',
  'detainee', 'prisoner', 'journalist', 'reporter', 'editor', 'analyst', 'expert', 'lawyer',
  'attorney', 'judge', 'prosecutor', 'senator', 'lawmaker', 'politician', 'activist',
  'blogger', 'doctor', 'priest', 'patriarch', 'pope', 'king', 'queen', 'prince', 'princess',
  'ombudsman', 'representative', 'member', 'resident', 'official', 'ex-president',
  'prime', 'premier', 'secretary', 'envoy', 'diplomat', 'student', 'teacher', 'professor',
  'dictator', 'opponent', 'rival', 'coach', 'player', 'actor', 'actress', 'singer', 'artist',
  'writer', 'poet', 'scientist', 'researcher', 'soldier', 'serviceman', 'pilot', 'driver',
  'citizen', 'mother-in-law', 'uncle', 'aunt', 'grandmother', 'grandfather', 'child', 'baby',
  'person', 'individual', 'guy', 'lady', 'gentleman', 'businessman', 'businesswoman',
  'entrepreneur', 'ceo', 'founder', 'manager', 'worker', 'employee', 'colleague', 'friend',
  'partner', 'neighbour', 'neighbor', 'nominee', 'incumbent', 'predecessor', 'successor',
  'counterpart', 'interlocutor', 'source', 'insider', 'investigator', 'inspector', 'major',
  'captain', 'lieutenant', 'sergeant', 'admiral', 'marshal', 'rector', 'dean', 'sheriff',
]);

/** Honorifics and titles: a singular person follows. */
export const titles = /(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Sgt|Lt|Capt|Rev|Sir|Lord|Lady|Mister|Madam|Madame|Mme|Herr|Frau|Sen|Rep|Gov|Pres)\b\.?/u;

/** Words that may open a sentence before the pronoun ("However, in his opinion"). */
export const leadWords = new Set([
  'in', 'according', 'to', 'however', 'moreover', 'furthermore', 'also', 'and', 'but', 'so',
  'meanwhile', 'besides', 'at', 'the', 'same', 'time', 'as', 'for', 'from', 'with', 'by', 'on',
  'of', 'then', 'now', 'thus', 'therefore', 'addition', 'particular', 'turn', 'this', 'that',
  'opinion', 'yet', 'still', 'nevertheless', 'nonetheless', 'instead', 'later', 'earlier',
  'afterwards', 'also', 'moreover', 'specifically', 'notably', 'indeed', 'finally', 'first',
]);

/** Singular pronoun -> plural replacement. */
export const pluralOf: Readonly<Record<string, string>> = {
  he: 'they', she: 'they', his: 'their', her: 'their', him: 'them', himself: 'themselves',
  herself: 'themselves',
};

/**
 * Verbs whose object “it” is most often a clause, a situation or the expletive “it” (every
 * form): light verbs (“do it”, “make it”, “take it that”), verbs of saying, knowing, perceiving
 * and judging (“said it”, “see it as”, “call it”), of liking and wanting (“love it”, “want it”),
 * and of admitting or denying (“deny it”). The object-“it” check of pronoun-number
 * (pronoun-number-it.ts) is quiet after them.
 */
const clausalLemmas: ReadonlyArray<readonly string[]> = [
  ['do', 'does', 'did', 'done', 'doing'], ['make', 'makes', 'made', 'making'], ['take', 'takes', 'took', 'taken', 'taking'],
  ['get', 'gets', 'got', 'gotten', 'getting'], ['have', 'has', 'had', 'having'], ['put', 'puts', 'putting'],
  ['give', 'gives', 'gave', 'given', 'giving'], ['let', 'lets', 'letting'], ['keep', 'keeps', 'kept', 'keeping'],
  ['leave', 'leaves', 'left', 'leaving'], ['say', 'says', 'said', 'saying'], ['tell', 'tells', 'told', 'telling'],
  ['know', 'knows', 'knew', 'known', 'knowing'], ['think', 'thinks', 'thought', 'thinking'], ['believe', 'believes', 'believed', 'believing'],
  ['mean', 'means', 'meant', 'meaning'], ['see', 'sees', 'saw', 'seen', 'seeing'], ['hear', 'hears', 'heard', 'hearing'],
  ['feel', 'feels', 'felt', 'feeling'], ['find', 'finds', 'found', 'finding'], ['call', 'calls', 'called', 'calling'],
  ['consider', 'considers', 'considered', 'considering'], ['deem', 'deems', 'deemed', 'deeming'],
  ['describe', 'describes', 'described', 'describing'], ['like', 'likes', 'liked', 'liking'], ['love', 'loves', 'loved', 'loving'],
  ['hate', 'hates', 'hated', 'hating'], ['want', 'wants', 'wanted', 'wanting'], ['need', 'needs', 'needed', 'needing'],
  ['prefer', 'prefers', 'preferred', 'preferring'], ['expect', 'expects', 'expected', 'expecting'], ['hope', 'hopes', 'hoped', 'hoping'],
  ['deny', 'denies', 'denied', 'denying'], ['admit', 'admits', 'admitted', 'admitting'], ['confirm', 'confirms', 'confirmed', 'confirming'],
  ['accept', 'accepts', 'accepted', 'accepting'], ['doubt', 'doubts', 'doubted', 'doubting'], ['explain', 'explains', 'explained', 'explaining'],
  ['understand', 'understands', 'understood', 'understanding'], ['realise', 'realises', 'realised', 'realising'],
  ['realize', 'realizes', 'realized', 'realizing'], ['mention', 'mentions', 'mentioned', 'mentioning'],
  ['ensure', 'ensures', 'ensured', 'ensuring'], ['suppose', 'supposes', 'supposed', 'supposing'], ['guess', 'guesses', 'guessed', 'guessing'],
  ['imagine', 'imagines', 'imagined', 'imagining'], ['remember', 'remembers', 'remembered', 'remembering'],
];
export const clausalVerbs: ReadonlySet<string> = new Set(clausalLemmas.flat());

/** Words that open a subordinate clause ("When doctors arrived, he …", "… because its budget …"). */
export const subordinators: ReadonlySet<string> = new Set(['when', 'whenever', 'if', 'while', 'whilst', 'although', 'though', 'because', 'since',
  'unless', 'until', 'whether', 'where', 'after', 'before', 'once', 'as']);
/** Relative words that open a clause after a noun ("the airlines that cancel …"). */
export const relatives: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom']);
/** Coordinators of clauses and phrases. */
export const coordinators: ReadonlySet<string> = new Set(['and', 'but', 'or']);
