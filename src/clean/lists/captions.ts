/**
 * Photo and video credits, as data (regular-expression sources, matched case-insensitively).
 * Every quantifier is bounded so that matching stays linear.
 */

/** Words that introduce a credit: "Photo: AP", "(Фото: Tut.by)". */
export const creditWords = String.raw`(?:photos?|photograph|photo credit|photo source|source of (?:the )?photo|images?|image credit|image source|pictures?|picture credit|video|video still|illustration|infographic|credits?|screenshot|screengrab|фото|видео|иллюстрация|скриншот|кадр)`;

/** How a credit word is joined to the credit: "Photo: X", "Photo by X", "Photo — X", "Photo/X". */
export const creditJoin = String.raw`\s{0,3}(?::|by|—|–|-|\/|©)\s{0,3}`;

/** News and photo agencies, whose name alone on a line is a credit. */
export const agencies: readonly string[] = [
  'AP', 'AFP', 'Reuters', 'EPA', 'EPA-EFE', 'Getty Images', 'Getty', 'Shutterstock', 'TASS', 'ТАСС',
  'RIA Novosti', 'РИА Новости', 'Sputnik', 'UNIAN', 'УНИАН', 'Ukrinform', 'Укринформ', 'PAP',
  'dpa', 'ANP', 'Xinhua', 'Anadolu', 'Pixabay', 'Unsplash', 'Wikimedia Commons', 'Depositphotos',
  'Tut.by', 'TUT.BY', 'Kommersant', 'Коммерсантъ', 'Facebook', 'Telegram', 'Twitter', 'Instagram',
];
