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
  'day', 'year', 'step', 'by', 'pop', 'bring', 'beep', 'buzz', 'clap', 'boom', 'tap', 'knock', 'little', 'big', 'too', 'mm', 'hmm', 'uh', 'um', 'er', 'ooh',
]);
