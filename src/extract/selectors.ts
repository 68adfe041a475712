/**
 * Data only: which HTML is never article text, which containers usually hold it, and the
 * short lines that are page furniture. The extractor (html.ts) reads these tables; tune the
 * lists here, not the code (the way trafilatura keeps its xpaths in xpaths.py).
 */

/** Elements whose whole subtree is never article text. */
export const dropTags: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'form', 'header', 'button', 'input', 'select', 'option', 'textarea', 'label', 'fieldset', 'datalist', 'output',
  'nav', 'footer', 'aside', 'menu', 'dialog',
  'figure', 'figcaption', 'picture', 'video', 'audio', 'source', 'track', 'img', 'map', 'area',
  'head', 'title', 'meta', 'link', 'base',
]);

/**
 * Elements that flow inside a paragraph; every other element (custom elements included)
 * starts and ends one, so `<p>a</p><p>b</p>` gives two paragraphs, never "ab".
 */
export const inlineTags: ReadonlySet<string> = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'kbd', 'mark', 'nobr', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
  'time', 'tt', 'u', 'var', 'wbr', 'img', 'label', 'input', 'button', 'select', 'textarea', 'svg', 'math', 'picture',
]);

/** Table cells: inline within their row (one row, one paragraph), separated by a space. */
export const cellTags: ReadonlySet<string> = new Set(['td', 'th']);

/**
 * Tags treated like furniture classes rather than dropped outright: furniture inside the main
 * content, but a wrapper when the story is inside them (ASP.NET pages wrap everything in one
 * `<form>`, a few sites wrap the story in a `<header>`).
 */
export const softDropTags: ReadonlySet<string> = new Set(['form', 'header']);

/** Elements never dropped for their class or id (`<body class="has-sidebar">`). */
export const neverDropByClass: ReadonlySet<string> = new Set(['html', 'body', 'main']);

/** Tags of headings: kept as paragraphs, but never counted as article prose when scoring. */
export const headingTags: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Class and id tokens that name a comment or a comment section ("comment", "comment-body", "js-comments", "comments-area"). */
const commentTokens = ['^comments?$', '^comment[-_]', '[-_]comments?$', '[-_]comments?[-_]', 'comments?[-_]{1,2}(section|list|area|wrapper|container)'];
export const commentToken = new RegExp(commentTokens.join('|'));

/**
 * class / id / role / itemprop tokens that mark furniture: share bars, related stories,
 * comments, cookie and consent banners, ad slots, newsletter boxes, captions and credits,
 * bylines and tag lists. Matched against each token of class and id, lowercased.
 */
export const boilerplateToken = new RegExp(
  [
    '^(ad|ads|adv|advert|advertisement|advertising|adslot|adunit|ad-slot|ad-unit|ad-container|ad-wrapper|dfp|gpt-ad|sponsor|sponsored|promo|promoted)$',
    '^(ad|ads|dfp|gpt)[-_]', '[-_](ad|ads|advert|advertisement|dfp)$', '[-_](ad|ads)[-_]',
    'advert', 'adsense', 'doubleclick', 'taboola', 'outbrain', 'zergnet', 'revcontent', 'teads',
    'share', 'sharing', '^social$', 'social[-_]{0,2}(icons?|links?|buttons?|bar|tools|follow|networks?|nav|list)', 'sociable', 'addthis', 'sharethis', 'follow-us', 'followus',
    'related', 'recommend', 'more-stories', 'morestories', 'more-from', 'read-more', 'readmore', 'read-next', 'readnext',
    'also-read', 'see-also', 'trending', 'most-popular', 'mostpopular', 'most-read', 'mostread', 'popular-posts',
    ...commentTokens, 'disqus', 'discussion',
    'cookie', 'consent', 'gdpr', 'cmp-', 'privacy-banner', 'placeholder',
    'newsletter', 'subscribe', 'subscription', 'signup', 'sign-up', 'paywall[-_]{0,2}(prompt|banner|message|offer|cta|teaser|hint|box|login|overlay)', 'piano', 'regwall(?!ed)', 'inline-cta',
    // a shop's trust badges beside the buy button ("Versandkostenfrei ab 39 €", "Sicher bezahlen mit PayPal")
    'trust[-_]{0,2}(badges?|bar|list|items?|elements?|seals?|icons?|signals?|box)', 'trusted[-_]?(badge|shops?)',
    '(?<!table[-_]{0,2})caption', 'credit', 'byline', 'author-bio', 'author[-_]{0,2}(name|description|details|card|profile|about)', 'authorbio', 'author-info', 'about-author', 'author-box', 'contributor',
    'breadcrumb', 'pagination', 'pager', 'tags', 'tag-list', 'taglist', 'topics', 'keywords',
    // a table of contents (its links are the page's own headings): "ez-toc-container", "article-toc";
    // not a heading's anchor id ("toc-0", "toc_1")
    '^toc$', 'toc[-_]{1,2}(container|wrap|wrapper|list|title|box)', 'ez-toc', 'article-toc', 'lwptoc', 'table-of-contents', 'tableofcontents', 'inhaltsverzeichnis',
    'sidebar', 'side-bar', '^rail$', '[-_]rail$', '^rail[-_]', 'widget', 'popup', 'modal', 'overlay', 'toolbar', 'masthead', 'skip-link', 'skiplink',
    'visually-hidden', 'visuallyhidden', 'sr-only', 'screen-reader', '^hidden$', 'print-only', 'noprint',
    'footer', 'header', 'navbar', 'nav-', 'menu', 'banner', 'disclaimer', 'copyright', 'timestamp', 'dateline',
    'video', 'gallery(?![-_]position)', 'slideshow', 'carousel', 'lightbox', '^player$', '(video|audio|media)[-_]{0,2}player', 'player[-_]{1,2}(container|wrapper)', 'podcast', 'audio',
    'app-promo', 'donate', 'membership',
    // an affiliate's box set into a post ("affiliate-box": "Mietwagen für Slowenien gesucht? …") and a
    // price comparison's offers beside a test ("price-comparison__shipping": "zzgl. 5,95 € Versand")
    'affiliate[-_]{0,2}(box|banner|block|cta|teaser|widget|links?)', 'price[-_]?comparison', 'preisvergleich',
    // the furniture of posts on forums and Q&A pages: vote counters, user cards, signatures
    'vote[-_]{0,2}(count|cell|container|button|btn|up|down)', '^votes?$', 'voting', 'reputation', 'signature', '^author$', '[-_]author$',
    'user[-_]{0,2}(info|details|card|profile|action|meta|badges?)', 'post[-_]{0,2}(profile|meta|signature|author|footer|stats)',
    // a forum's "who is online" and statistics boxes below a thread (phpBB's stat-block online-list)
    'online[-_]?list', 'who[-_]?is[-_]?online', '(users|members)[-_]?online', 'online[-_]?(users|members|now)', 'stat[-_]block',
    // a shop's form for writing a review (Magento's "block review-add"), not the reviews
    'review[-_]?(add|form|write)',
    // German, French, Spanish names of the same boxes
    '^(werbung|anzeige|anzeigen|publicite|publicidad|pubblicita|reklama)$', 'kommentare', 'leseempfehlung', 'lesetipp', 'mehr-zum-thema',
    'weiterlesen', 'verwandte', 'empfehlungen', 'teilen', 'bildnachweis', 'bildquelle',
  ].join('|'),
);

/**
 * Class tokens of a hover card: a name's box of links and teasers, set inside the sentence that
 * names the person ("Gov. <span class=rollover-people>Kristi Noem<span
 * class=rollover-people-block>…</span></span> (R) is defending …"). An inline element with one
 * is skipped, text and all; the sentence around it stays.
 */
export const hoverToken = /^(?:hover[-_]?card|tooltip|tooltip[-_]content|popover|popover[-_]content)$|rollover[-_].{0,20}block/;

/**
 * Furniture tokens that name a box's format, not its function: a "widget", a media box, a page
 * header. Page builders (Elementor's `elementor-widget-text-editor`) and podcast or video pages
 * (`podcast-episode__notes`) put the page's own text in such boxes. When the main-content search
 * comes back short, the fallback chain (fallback.ts) searches again with furniture marked by
 * these tokens alone lifted; function tokens (comments, related, share, ads, cookie, newsletter,
 * sidebar, footer) stay furniture there.
 */
export const formatToken = /widget|podcast|audio|video|media|player|gallery|slideshow|carousel|header|masthead|banner/;
/** The same words, to remove them all from a token. */
export const formatTokens = new RegExp(formatToken.source, 'g');

/**
 * Tokens that mark the article body. A container matching these is kept even when another of
 * its tokens looks like furniture ("article-body has-comments"), and it scores higher.
 */
export const contentToken = new RegExp(
  [
    'article[-_]?(body|content|text|main)', 'story[-_]?(body|content|text)', 'post[-_]?(body|content|text)',
    'entry[-_]?(body|content|text)', 'main[-_]?content', 'body[-_]?(text|copy)', 'rich[-_]?text',
    'articlebody', 'article__body', 'story__body', 'paywall-article', 'content[-_]body',
    // the verdict and pros/cons of a product test or review
    '^verdict', '[-_]verdict', '^fazit', '[-_]fazit', 'conclusion', 'pros[-_]?(and[-_]?)?cons', 'pro[-_]?contra', 'review[-_]?(body|text|content)',
    'test[-_]?(result|verdict|summary|ergebnis|urteil|fazit)', '^testergebnis', '^testurteil',
  ].join('|'),
);

/**
 * Class tokens of embedded posts (a quoted tweet, an Instagram post): article text even inside
 * a furniture-looking wrapper ("video-container", "article-widget").
 */
export const embedToken = /^(twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|bluesky-embed|reddit-embed-bq)$/;

/** `itemprop` values of the article body (schema.org microdata). */
export const bodyItemprop: ReadonlySet<string> = new Set(['articlebody', 'text', 'reviewbody']);

/** `role` values of furniture. */
export const dropRoles: ReadonlySet<string> = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar',
]);

/** A last paragraph that is only a link with one of these texts is the auto-blog "Source" trailer. */
export const trailerLinkTexts: ReadonlySet<string> = new Set([
  'source', 'source link', 'original source', 'original article', 'read the original article', 'read more', 'via',
  'read full article', 'read the full article', 'read full story', 'continue reading',
]);
