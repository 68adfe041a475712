/**
 * Ad and auto-blog placeholders, as data. Extend with `markers` in the configuration.
 *
 * Shortcodes are the bracket tags that auto-blogging and page-builder plugins (WP Automatic,
 * WPeMatico, Ad Inserter, Advanced Ads, WP QUADS, Visual Composer, Divi) leave in a post when
 * the theme that scraped it does not expand them. Only these names are removed: editorial
 * brackets such as `[sic]`, `[…]`, `[ad hoc]` or `[the minister]` stay.
 */

/** Tags that never take attributes: `[ad_1]`, `[/ad]`, `[source_link]`. Regular-expression sources. */
export const shortcodeNames: readonly string[] = [
  // WP Automatic: "[ad_1]" before the post, "[ad_2]" after it (438 of 438 posts in our sample).
  'ad', 'ads', 'ad_\\d{1,2}', 'ad-\\d{1,2}', 'ad\\d{1,2}', 'ads_?\\d{1,2}', 'adsense', 'advert', 'adverts',
  'advertisement', 'advertising', 'google_?ads?', 'banner', 'banner_?\\d{1,2}', 'sponsored',
  'source_link', 'source-link', 'matched_content', 'original_link', 'original_title', 'read_more', 'readmore',
  'related_posts', 'wp_ad_camp_\\d{1,3}', 'in_article_ad', 'inarticle_ad',
];

/**
 * Plugin tags that take `key=value` attributes: `[the_ad id="12"]`, `[adinserter block="3"]`,
 * `[vc_row full_width="stretch"]`. The attributes must contain "=", so "[ad hoc]" stays.
 */
export const shortcodeWithAttributes: readonly string[] = [
  'the_ad', 'the_ad_group', 'the_ad_placement', 'adinserter', 'quads', 'adrotate', 'adsforwp', 'advanced_ads',
  'ai_ad', 'wpsm_ads\\d?', 'ad', 'ads', 'banner', 'mc4wp_form', 'contact-form-7', 'wpforms', 'ssba', 'ssba-buttons',
  'addtoany', 'mashshare', 'shareaholic', 'sharethis', 'social_share', 'jetpack_subscription_form', 'yarpp',
  'vc_[a-z_]{1,30}', 'et_pb_[a-z_]{1,30}', 'fusion_[a-z_]{1,30}', 'td_[a-z_]{1,30}',
];

/** Page-builder tags also appear bare: "[vc_row][vc_column]", "[/et_pb_section]". */
export const builderNames: readonly string[] = ['vc_[a-z_]{1,30}', 'et_pb_[a-z_]{1,30}', 'fusion_[a-z_]{1,30}'];

/** Ad scripts a text scraper copies as text, anywhere in a line. Regular-expression sources, bounded. */
export const adScripts: readonly string[] = [
  // AdSense: "(adsbygoogle = window.adsbygoogle || []).push({});"
  String.raw`\(adsbygoogle\s{0,3}=\s{0,3}window\.adsbygoogle\s{0,3}\|\|\s{0,3}\[\]\)\.push\(\{\}\);?`,
  // Google Publisher Tag: "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });"
  String.raw`googletag\.cmd\.push\(function\s{0,3}\(\)\s{0,3}\{[^{}\n]{0,200}\}\s{0,3}\);?`,
];

/**
 * Lines that are nothing but an ad label (compared lowercased, trimmed of surrounding dashes,
 * dots, bullets, brackets, colons and spaces).
 */
export const adLines: readonly string[] = [
  'advertisement', 'advertising', 'advertisements', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content',
  'sponsored links', 'sponsored stories', 'paid content', 'paid post', 'paid partnership', 'promoted',
  'promoted content', 'promoted stories', 'partner content', 'partner material', 'partner news',
  'news from partners', 'partners news', 'promotional material', 'on the rights of advertising',
  'on the rights of advertisement', 'as advertising', 'ads by google', 'ad feedback', 'ad loading',
  'advertisement loading', 'story continues below advertisement', 'article continues below advertisement',
  'story continues after advertisement', 'article continues after advertisement',
  'continue reading after advertisement', 'continue reading after the ad', 'story continues below',
  'article continues below', 'content continues below', 'continue reading below',
  'scroll to continue with content', 'scroll down to continue reading', 'continue reading the main story',
  'advertisement - scroll to continue', 'remove ads', 'реклама', 'реклама на сайте', 'реклама 18+',
  'на правах рекламы', 'на правах реклами', 'партнерский материал', 'партнерський матеріал', 'новости партнеров',
  'новини партнерів',
];

/**
 * "ADVERTISEMENT" in capitals between two sentences of a paragraph, where a scraper glued the
 * ad slot's label into the text: "…the minister said. ADVERTISEMENT The decision…".
 */
export const inlineLabels: readonly string[] = ['ADVERTISEMENT', 'ADVERTISING'];
