/**
 * Photo and video credits, as data (regular-expression sources, matched case-insensitively
 * unless noted). Every quantifier is bounded so that matching stays linear.
 */

/** Words that introduce a credit: "Photo: AP", "(Фото: Tut.by)", "Screenshot: YouTube". */
export const creditWords = String.raw`(?:photos?|photographs?|photo credit|photo source|source of (?:the )?photo|photo illustration|images?|image credit|image source|pictures?|picture credit|pictured|video|video still|footage|illustration|infographic|credits?|screenshot|screengrab|collage|фото|видео|відео|иллюстрация|ілюстрація|скриншот|кадр|коллаж|колаж)`;

/** How a credit word is joined to the credit: "Photo: X", "Photo — X", "Photo/X", "Photo © X". */
export const creditJoin = String.raw`\s{0,3}(?::|—|–|-|\/|©)\s{0,3}`;

/**
 * Standalone credit labels of Ukrainian and Russian sites, in translation: "Illustrative photo",
 * "Photo from open sources", "Screenshot from video".
 */
export const creditLabels = String.raw`(?:(?:illustrative|illustration|archive|archival|file|stock) (?:photo|image|picture)|photo (?:illustration|archive)|photo from (?:the )?(?:archive|open sources|social networks|social media|the scene)|screenshot (?:from|of) (?:the |a )?(?:video|youtube|facebook|telegram|twitter|instagram|tiktok|broadcast))`;

/** Media markers in parentheses: "(photo)", "(video)", "(photo, video)", "(illustrative photo)". */
export const mediaMarkers = String.raw`(?:photos?|videos?|photos?,? (?:and )?videos?|videos?,? (?:and )?photos?|infographics?|illustrative photo|archive photo|фото|видео|відео)`;

/** News and photo agencies, whose name alone on a line is a credit (case-sensitive). */
export const agencies: readonly string[] = [
  'AP', 'AFP', 'Reuters', 'REUTERS', 'EPA', 'EPA-EFE', 'Getty Images', 'Getty', 'Shutterstock', 'TASS', 'ТАСС',
  'RIA Novosti', 'РИА Новости', 'Sputnik', 'UNIAN', 'УНИАН', 'УНІАН', 'Ukrinform', 'Укринформ', 'Укрінформ', 'PAP',
  'dpa', 'ANP', 'Xinhua', 'Anadolu', 'Pixabay', 'Unsplash', 'Wikimedia Commons', 'Depositphotos', 'BelTA', 'БелТА',
  'Tut.by', 'TUT.BY', 'Kommersant', 'Коммерсантъ', 'Facebook', 'Telegram', 'Twitter', 'Instagram', 'YouTube',
];

/** Agencies that sign photos "AGENCY/Photographer": "REUTERS/Vasily Fedosenko", "AP Photo/Efrem Lukatsky". */
export const slashAgencies = String.raw`(?:REUTERS|Reuters|AP Photo|AP|AFP|EPA|EPA-EFE|Getty Images|UNIAN|Ukrinform|TASS|Sputnik|BelTA|RFE\/RL)`;

/** Lowercase words a "Photo by …" credit may contain; any other one makes it a sentence. */
export const creditByWords: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'via', 'for', 'at', 'de', 'da', 'van', 'von', 'press', 'service', 'courtesy', 'author',
  'staff', 'office', 'team', 'agency', 'website', 'photographer', 'correspondent', 'our', 'for',
]);
