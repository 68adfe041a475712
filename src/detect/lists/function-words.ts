/** English function words: a phrase made only of these is not worth reporting as repeated. */
export const functionWords = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'and', 'or',
  'but', 'nor', 'so', 'yet', 'as', 'than', 'that', 'this', 'these', 'those', 'which', 'who',
  'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'it', 'its', "it's", 'is', 'are',
  'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does',
  'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not',
  'no', 'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her',
  'they', 'them', 'their', 'there', 'here', 'into', 'onto', 'about', 'over', 'under', 'after',
  'before', 'between', 'during', 'against', 'without', 'within', 'through', 'up', 'down',
  'out', 'off', 'if', 'then', 'also', 'just', 'only', 'more', 'most', 'all', 'any', 'some',
  'such', 'other', 'one', 'each', 'both', 'either', 'neither', 'very', 'too', 'while', 'until',
  'since', 'because', 'per', 'via', 'upon', 'among', 'across', 'around', 'like', 'said', 'says',
  'say', 'according', 'well', 'even', 'still', 'now', 'whether', 'own', 'same', 'many', 'much',
]);
