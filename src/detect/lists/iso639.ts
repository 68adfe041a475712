/** ISO 639-3 codes franc-min can return, mapped to ISO 639-1 (those that have one). */
export const twoLetterCode: Readonly<Record<string, string>> = {
  eng: 'en', rus: 'ru', ukr: 'uk', bel: 'be', deu: 'de', fra: 'fr', spa: 'es', por: 'pt',
  ita: 'it', nld: 'nl', pol: 'pl', ces: 'cs', slk: 'sk', ron: 'ro', hun: 'hu', tur: 'tr',
  ell: 'el', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', swe: 'sv', dan: 'da', nob: 'nb',
  fin: 'fi', ara: 'ar', arb: 'ar', pes: 'fa', urd: 'ur', hin: 'hi', ben: 'bn', mar: 'mr',
  tel: 'te', tam: 'ta', guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', npi: 'ne', cmn: 'zh',
  jpn: 'ja', kor: 'ko', vie: 'vi', tha: 'th', ind: 'id', zlm: 'ms', jav: 'jv', sun: 'su',
  tgl: 'tl', swh: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig', amh: 'am', som: 'so', zul: 'zu',
  xho: 'xh', kin: 'rw', uzn: 'uz', kaz: 'kk', azj: 'az', heb: 'he', mya: 'my', khm: 'km',
  sin: 'si', nep: 'ne', ckb: 'ckb', kat: 'ka', hye: 'hy', lit: 'lt', lav: 'lv', est: 'et',
  slv: 'sl', mkd: 'mk', cat: 'ca', glg: 'gl', eus: 'eu', als: 'sq', aka: 'ak', ful: 'ff',
  mad: 'mad', mag: 'mag', bho: 'bho', hne: 'hne', mai: 'mai', ori: 'or', plt: 'mg',
  ceb: 'ceb', ilo: 'ilo', hat: 'ht', nya: 'ny', sna: 'sn', run: 'rn', tuk: 'tk', uig: 'ug',
  fuv: 'ff', qug: 'qu', zyb: 'za', lin: 'ln',
  tat: 'tt', bam: 'bm', skr: 'skr', snd: 'sd', pbu: 'ps', kmr: 'ku', azb: 'az', sco: 'en',
};
