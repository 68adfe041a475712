/** Words that never legitimately stand twice in a row: doubled, the text is damaged. */
export const NEVER_DOUBLED = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'and', 'or',
  'but', 'into', 'onto', 'about', 'as', 'than', 'are', 'was', 'were', 'be', 'been', 'has',
  'have', 'will', 'would', 'should', 'could', 'can', 'may', 'must', 'its', 'their', 'our',
  'his', 'this', 'these', 'those', 'which', 'who', 'whom', 'whose', 'we', 'they', 'it', 'i',
  'he', 'she', 'you', 'not', 'also', 'under', 'over', 'after', 'before', 'between', 'during',
  'against', 'without', 'within', 'through', 'upon', 'via', 'if', 'when', 'where', 'while',
]);

/**
 * Doublings that are grammatical or idiomatic English ("had had", "is is" in speech,
 * "very very", "bye bye", "so so", "knock knock") and are never reported.
 */
export const GRAMMATICAL_DOUBLES = new Set([
  'had', 'that', 'is', 'do', 'does', 'did', 'so', 'very', 'really', 'many', 'much', 'bye',
  'ha', 'haha', 'no', 'yes', 'yeah', 'well', 'now', 'there', 'blah', 'bla', 'tut', 'chop',
  'knock', 'go', 'wait', 'please', 'hear', 'far', 'long', 'again', 'more', 'boo', 'hush',
  'night', 'ding', 'dong', 'tick', 'tock', 'quack', 'woof', 'bang', 'pom', 'choo', 'cha',
  'la', 'na', 'oh', 'ah', 'hey', 'hip', 'come', 'run', 'out', 'up', 'down', 'round', 'on',
  'her', 'what', 'why', 'whoa', 'wow', 'okay', 'ok', 'sorry', 'stop', 'help', 'never', 'ever',
  'day', 'year', 'step', 'by', 'little', 'big', 'too', 'mm', 'hmm', 'uh', 'um', 'er', 'ooh',
]);
