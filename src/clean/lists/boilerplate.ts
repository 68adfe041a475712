/**
 * Site boilerplate, as data: each pattern must match a whole line (trimmed), case-insensitively.
 * Patterns are bounded (`.{0,N}`) so that every one runs in linear time. Extend with
 * `boilerplate` phrases in the configuration (a line that starts with such a phrase).
 */
export const boilerplateLines: readonly string[] = [
  // Translation and edition notices of news sites.
  String.raw`this (?:material|article|news|story|text|publication) is (?:also )?available in [\p{L} ,]{2,60}[.!]?`,
  String.raw`(?:read|this (?:material|article) is available) in [\p{L}]{3,20}(?: language)?[.!]?`,
  String.raw`(?:the )?(?:original|full) (?:article|version|text) (?:is )?(?:available )?(?:in|on) [\p{L} ]{2,40}[.!]?`,
  String.raw`translated (?:by|with|from) [\p{L} .]{1,60}`,
  // Cross-links.
  String.raw`(?:read|see|look) (?:also|more|too)\s*[:\-–—].{0,200}`,
  String.raw`(?:also read|related|related news|related articles?|related stories|recommended|more on this topic|more news|latest news|top stories|you may also like|you might also like|don['’]t miss|we recommend)(?:\s*[:\-–—]\s*.{1,200}|[.:]?)`,
  String.raw`(?:read|continue reading) (?:the )?(?:full|original|more) (?:article|story|here).{0,80}`,
  String.raw`click here to (?:read|see|subscribe|join|download).{0,120}`,
  // Subscriptions and social widgets.
  String.raw`subscribe to (?:our|us|the|my) .{0,120}`,
  String.raw`subscribe(?: now)?[.!]?`,
  String.raw`(?:follow|join|find) us on .{0,100}`,
  String.raw`(?:join|follow|subscribe to) (?:our|the) (?:telegram|viber|whatsapp|youtube|facebook|twitter|instagram|tiktok) (?:channel|page|account|group).{0,100}`,
  String.raw`sign up (?:for|to) (?:our|the) (?:newsletter|daily|weekly).{0,100}`,
  String.raw`share (?:this|on|via)(?: article| story| post)?(?: on)?[: ]{0,3}(?:facebook|twitter|x|telegram|whatsapp|linkedin|email|vk|[,\s])*`,
  String.raw`(?:share|tweet|pin it|email|print|copy link|save)(?:\s*[|•·]\s*(?:share|tweet|pin it|email|print|copy link|save|facebook|twitter|linkedin|whatsapp|telegram)){1,8}`,
  String.raw`(?:rate|rate this|rate the) (?:material|article|news|post)[.!:]?`,
  String.raw`(?:comments?|leave a (?:comment|reply)|add a comment|\d{1,5} comments?|no comments(?: yet)?|show comments)[.!:]?`,
  String.raw`(?:if you (?:notice|find|see)(?:d)? (?:an? )?(?:error|mistake|typo).{0,60}(?:ctrl|ctrl ?\+ ?enter).{0,40})`,
  String.raw`(?:©|\(c\) ?\d{4}|copyright (?:©|\(c\)|\d{4})).{0,120}`,
  String.raw`.{0,120}all rights reserved\.?`,
  String.raw`(?:photo|video|image)s? ?gallery[.:]?`,
  String.raw`(?:source|sources|source link|via)\s*[:\-–]?\s*(?:link)?`,
  String.raw`(?:source|via)\s*:\s*\S{1,60}`,
  String.raw`(?:tags?|topics?|categories)\s*:\s*.{0,200}`,
  String.raw`(?:loading|loading\.\.\.|please wait)[.…]?`,
  String.raw`(?:advertising|ads) (?:by|from) .{1,40}`,
  String.raw`(?:we use cookies|this (?:site|website) uses cookies).{0,200}`,
  String.raw`(?:also available in|читайте также|подписывайтесь на|поделиться).{0,120}`,
];
