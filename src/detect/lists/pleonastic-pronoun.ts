/**
 * Quantifiers that open a partitive subject ("most of us", "plus of us", "the majority of
 * them"). "Plus" is how MT renders Russian "большинство"/"плюс" in some pipelines.
 */
export const partitiveQuantifiers = new Set([
  'most', 'many', 'some', 'all', 'both', 'several', 'few', 'plus', 'majority', 'minority',
  'half', 'part', 'none', 'each', 'any', 'one', 'two', 'three', 'four', 'five', 'six',
  'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'millions', 'number',
  'lot', 'lots', 'rest', 'much', 'more', 'less', 'fewer', 'every', 'either', 'neither',
  'everyone', 'everybody', 'majority', 'percent', 'third', 'quarter', 'dozen', 'hundred',
  'thousand', 'million', 'remainder', 'bulk', 'handful', 'couple', 'others', 'other',
]);
