/**
 * Site boilerplate, as data: each pattern must match a whole line (trimmed, after any leading
 * bullets or emoji), case-insensitively. Every quantifier is bounded (`.{0,N}`) so that each
 * pattern runs in linear time. Extend with `boilerplate` phrases in the configuration (a line
 * that starts with such a phrase).
 *
 * For each pattern the comment names the real sentence it must not match; those sentences are
 * in fixtures/rules/boilerplate/quiet.txt.
 */

/** Languages an edition notice names: "This material is also available in Ukrainian". */
const language = String.raw`(?:ukrainian|russian|belarusian|belorussian|english|polish|german|french|spanish|italian|portuguese|kazakh|georgian|armenian|azerbaijani|lithuanian|latvian|estonian|romanian|moldovan|crimean tatar|tatar|hungarian|czech|slovak|bulgarian|serbian|croatian|uzbek|kyrgyz|tajik|turkmen|turkish|hebrew|arabic|chinese|japanese|korean)`;
/**
 * "Ukrainian", "Ukrainian and Russian", "Russian, Ukrainian and English", "Ukrainian language".
 * Any number of languages: a bounded repeat ({0,3}) of this alternation makes V8 compile five
 * copies of it into each of the five patterns that use it, at every worker's start
 * (docs/performance.md).
 */
const languages = String.raw`${language}(?:(?:,| and| or) ${language})*(?: languages?| versions?)?`;
const networks = String.raw`(?:telegram|viber|whatsapp|youtube|facebook|twitter|x|instagram|tiktok|linkedin|threads|mastodon|google news|vk|vkontakte|odnoklassniki|social (?:networks|media))`;
const widget = String.raw`(?:share|tweet|pin it|email|e-mail|print|copy link|save|facebook|twitter|x|telegram|viber|whatsapp|linkedin|vk|vkontakte|odnoklassniki|reddit|pinterest|messenger)`;
const date = String.raw`(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2} \p{L}{3,9},? \d{4}|\p{L}{3,9} \d{1,2},? \d{4})(?:,? (?:at )?\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?)?`;

export const boilerplateLines: readonly string[] = [
  // Edition notices: "This material is also available in Ukrainian." Not "This material is also
  // available in print editions, the editor said." (a language must follow).
  String.raw`(?:this|the) (?:material|article|news|story|text|publication|report|interview|column|blog|post|page)(?: is)? (?:also )?(?:available|published) in ${languages}[.!]?`,
  String.raw`(?:also )?(?:available|published) in ${languages}[.!]?`,
  String.raw`(?:(?:also |you can (?:also )?)?read|also read) (?:(?:this|the) (?:material|article|news|story|text|publication) )?in ${languages}[.!]?`,
  String.raw`(?:the )?(?:original|full) (?:article|version|text|story)(?: is)?(?: available)? in ${languages}[.!]?`,
  String.raw`${languages}[.!]?`,
  String.raw`(?:the )?original (?:article|text|story|publication)[.!:]?`,
  // Machine-translation notices: "Translated from Ukrainian by Google Translate", "Machine translation".
  String.raw`(?:translated|translation) (?:by|from|with) [\p{L} .-]{1,60}`,
  String.raw`(?:automatic|machine|automated) translation(?: from [\p{L} ]{2,30})?[.!]?`,
  String.raw`this (?:article|text|material|news|story|page) (?:was|has been|is) (?:automatically |machine[ -])?translated(?: automatically| by machine)?.{0,80}`,
  // Cross-links with their headline: "Read also: Zelensky met Biden". "See", "look" and "watch"
  // need the colon: "Look too closely and you will see the cracks." is prose.
  String.raw`(?:read|see|look|watch) (?:also|more|too|as well)\s{0,3}[:\-–—].{0,200}`,
  String.raw`(?:read also|also read|read more|see also|also see)(?:[.:!]|\s{0,3}[:\-–—].{0,200})?`,
  String.raw`read also .{1,200}`,
  String.raw`(?:related|related news|related articles?|related stories|related posts|recommended|more on (?:this|the) topic|on the topic|on this topic|also on the topic|news on the topic|more news|other news|latest news|top stories|most read|most popular|popular|trending|trending now|you may also like|you might also like|you may be interested|you may also be interested|it may be interesting for you|don['’]t miss|do not miss|we recommend|editor['’]s choice|earlier on the topic)(?:[.:!]|\s{0,3}[:\-–—]\s{0,3}.{1,200})?`,
  String.raw`(?:read|continue reading|read the rest of|see) (?:the )?(?:full|original|more|entire|whole) (?:article|story|text|report|interview|news|material)(?: (?:here|at|on|in) .{0,80})?[.:!]?`,
  String.raw`(?:continue reading|read more) (?:at|on|here)\b.{0,80}`,
  String.raw`click here(?: (?:to|for) .{0,120}|[.!]?)`,
  // WordPress feeds' "The post … appeared first on …": see `footerIn` in boilerplate.ts.
  String.raw`this (?:article|story|post|piece) (?:was )?(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by) .{1,120}`,
  // Subscriptions: "Subscribe to our Telegram channel", "Want to be the first to know the news?
  // Subscribe to …". Not "Subscribers to the service complained …" (no "subscribe to").
  String.raw`(?:[^.!?\n]{1,100}[?!]\s{1,3}){0,2}(?:please |and |also )?subscribe to .{0,80}\b(?:channels?|newsletters?|page|pages|account|feed|rss|updates|bot|${networks}|us)\b.{0,80}`,
  String.raw`subscribe(?: now| here| to us)?[.!]?`,
  String.raw`(?:follow|join|find|read|like|watch) us (?:on|in|at|via) (?:our |the )?${networks}\b.{0,100}`,
  String.raw`(?:join|follow|read) (?:our|the) ${networks} (?:channel|page|account|group|bot|community).{0,100}`,
  String.raw`(?:all )?news (?:from|of) [\p{L}\p{N}.\- ]{1,40} (?:in|on) ${networks}\b.{0,120}`,
  String.raw`(?:have|got) (?:something to (?:tell|share|say)|a news tip|a story|news)\?.{0,80}(?:write|send|contact|tell)\b.{0,120}`,
  String.raw`sign up (?:for|to) (?:our|the) (?:free )?(?:newsletter|daily|weekly|morning|evening).{0,100}`,
  // Share and rating widgets: "Share on Facebook", "Facebook Twitter Telegram", "Rate the material".
  String.raw`share(?: (?:this|the))?(?: article| story| post| news| material| page)?(?: (?:on|via|with|in) ${networks})?\s{0,3}[:!]?`,
  String.raw`${widget}(?:\s{0,3}[|•·,/]?\s{0,3}${widget}){1,12}`,
  String.raw`(?:please )?(?:rate|rate this|rate the|evaluate the|evaluate this) (?:material|article|news|post|publication|story)[.!:?]?`,
  String.raw`(?:did you (?:like|enjoy)|was) (?:this|the) (?:article|material|news|post|story)(?: helpful| useful)?\?.{0,80}`,
  // Comment widgets: "Comments (3)", "Leave a comment". Not "Comments by the minister angered …".
  String.raw`(?:comments?|leave a (?:comment|reply)|add (?:a )?comment|post a comment|write a comment|\d{1,6} comments?|no comments(?: yet)?|(?:show|hide|load|view|read) (?:all )?comments|loading comments)(?:\s{0,2}\(\d{1,6}\))?[.!:…]{0,3}`,
  String.raw`(?:views?|reads|reading time|read time)\s{0,2}:?\s{0,2}\d{1,9}(?:\s{0,2}(?:min(?:utes?)?|sec(?:onds?)?|views?))?\.?`,
  String.raw`\d{1,9} (?:views|reads)|\d{1,3} min(?:ute)? read`,
  // "If you notice an error, select it with the mouse and press Ctrl+Enter".
  String.raw`.{0,80}(?:error|mistake|typo|inaccuracy).{0,80}ctrl ?\+ ?enter.{0,40}`,
  // Copyright: "© Reuters", "Copyright 2019 Hawaii News Now. All rights reserved." Not
  // "Copyright lawsuits rose in 2020." (a ©, "(c)" or a year must follow "Copyright").
  String.raw`(?:©|\(c\)\s{0,2}\d{4}|copyright\s{0,2}(?:©|\(c\)|\d{4})).{0,160}`,
  String.raw`(?:.{0,100}[.,;|]\s{0,3})?all rights (?:are )?reserved\.?`,
  // "Any use of materials is allowed only with a hyperlink to …". Not "Use of the materials of the
  // case is allowed only with the permission of the court." (a link must be named).
  String.raw`(?:any )?(?:use|reprint(?:ing)?|reproduction|copying|citation|quoting|republication|full or partial (?:use|reproduction|copying))(?: of)? (?:(?:the|our|site|website|all|these) ){0,2}(?:materials?|content|publications?|texts?)\b.{0,160}(?:hyperlink|(?:active|direct|open|indexed) link|link to (?:the )?(?:source|site|website|original|publication)).{0,120}`,
  String.raw`(?:photo|video|image)s? ?gallery[.:]?`,
  // Source trailers: "Source", "Source link", "Source: Reuters". Not "Sources said the talks
  // stalled." (a colon, or nothing, must follow).
  String.raw`(?:source|sources|source link|via|original source)\s{0,3}[:\-–]?\s{0,3}(?:link)?`,
  String.raw`(?:source|sources|via|original source|based on materials (?:from|of))\s{0,3}:\s{0,3}[^.!?\n]{1,80}\.?`,
  String.raw`(?:source|sources|via)\s{0,3}:\s{0,3}\S{1,80}`,
  String.raw`(?:based on (?:the )?materials (?:from|of)|by materials of|according to materials of) [\p{L}\p{N} .&'’/-]{2,60}\.?`,
  // Taxonomy and dates: "Tags: war, Ukraine", "Published: 12.03.2021 10:45". Not "Updated rules
  // were published on Monday." (a date must follow).
  String.raw`(?:tags?|topics?|categories|category|filed under|posted in|keywords|rubric)\s{0,3}:\s{0,3}.{0,200}`,
  String.raw`(?:published|posted|updated|last updated|publication date|date of publication)(?: on| at)?\s{0,3}:?\s{0,3}${date}\.?`,
  String.raw`(?:author|authors|prepared by|written by|edited by|editor|text|translation|translator)\s{0,2}:\s{0,3}\p{L}[\p{L} .,'’-]{1,60}`,
  // Page furniture.
  String.raw`(?:loading|loading\.\.\.|please wait)[.…]{0,3}`,
  String.raw`(?:print version|print this (?:article|page)|version for printing|font size|back to top|to the top|all news|all news of the day|show more|load more|next article|previous article|next news|previous news)[.:]?`,
  String.raw`(?:we use cookies|this (?:site|website) uses cookies).{0,200}`,
  // Untranslated widgets of Russian and Ukrainian sites.
  String.raw`(?:читайте также|читайте також|также читайте|смотрите также|дивіться також|по теме|на тему|подписывайтесь на|підписуйтесь на|поделиться|поширити|оцените материал|оцініть матеріал|источник|джерело)(?:[\s:.,!].{0,120})?`,
];
