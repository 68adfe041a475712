/**
 * Month names, one list for the line classifier and the extractor's date lines.
 *
 * `months` is what the line classifier's features read (src/clean/line-features.ts): changing
 * it changes the model's inputs, and `npm run train` must then make a new model. `isMonthWord`
 * also knows the other languages of the lists (Italian, Portuguese, Polish) and the forms a date
 * writes less often (the Russian and Ukrainian nominative, "Jänner", "déc", "dic").
 */
export const months: ReadonlySet<string> = new Set(
  ('jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december ' +
    'januar februar märz juni juli oktober dezember janvier février mars avril mai juin juillet août septembre octobre novembre décembre ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre ' +
    'января февраля марта апреля мая июня июля августа сентября октября ноября декабря ' +
    'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня').split(' '),
);

const moreMonths: ReadonlySet<string> = new Set(
  ('jänner janner marz okt dez janv fév fev févr fevr fevrier aout avr juil déc decembre setiembre abr dic ' +
    'gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre giu lug ott ' +
    'janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro ' +
    'styczeń styczen stycznia luty lutego marzec marca kwiecień kwiecien kwietnia maj maja czerwiec czerwca lipiec lipca ' +
    'sierpień sierpien sierpnia wrzesień wrzesien września wrzesnia październik pazdziernik października pazdziernika listopad listopada grudzień grudzien grudnia ' +
    'январь январе февраль феврале март апрель апреле май мае июнь июне июль июле август августа сентябрь сентябре октябрь октябре ноябрь ноябре декабрь декабре ' +
    'січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень').split(' '),
);

/** Whether a word (in any case) is a month's name or its usual abbreviation in the lists' languages. */
export function isMonthWord(word: string): boolean {
  const w = word.toLowerCase();
  return months.has(w) || moreMonths.has(w);
}

/** Whether a text names a month: one of its words (runs of letters) is one. */
export function namesMonth(text: string): boolean {
  for (const w of text.match(/\p{L}+/gu) ?? []) if (isMonthWord(w)) return true;
  return false;
}

/** Whether a text writes a date with a month's name: the name beside a number ("20. März", "Nov 20", "June 2"). */
export function writesMonthDate(text: string): boolean {
  for (const m of text.matchAll(/\p{L}+/gu)) {
    if (!isMonthWord(m[0])) continue;
    const at = m.index ?? 0;
    if (/\d\.?\s*$/u.test(text.slice(Math.max(0, at - 4), at)) || /^\.?\s*\d/u.test(text.slice(at + m[0].length, at + m[0].length + 4))) return true;
  }
  return false;
}
