/**
 * Ad and auto-blog placeholders, as data. Extend with `markers` in the configuration.
 *
 * Shortcodes are the bracket tags that auto-blogging plugins (WP Automatic, WPeMatico, …)
 * leave in a post when the theme does not expand them. Only these names are removed:
 * editorial brackets such as `[sic]`, `[…]` or `[the minister]` stay.
 */
export const shortcodeNames: readonly string[] = [
  'ad', 'ads', 'ad_\\d{1,2}', 'ad-\\d{1,2}', 'adsense', 'adinserter[^\\]\\n]{0,80}', 'advert', 'advertisement',
  'source_link', 'matched_content', 'original_link', 'original_title', 'read_more',
  'wp_ad_camp_\\d{1,3}', 'the_ad[^\\]\\n]{0,80}', 'banner', 'google_ad',
];

/**
 * Lines that are nothing but an ad label (compared lowercased, trimmed of surrounding dashes,
 * dots and spaces).
 */
export const adLines: readonly string[] = [
  'advertisement', 'advertising', 'advertisements', 'ad', 'ads', 'sponsored', 'sponsored content',
  'paid content', 'paid post', 'promoted', 'promoted content', 'partner content',
  'story continues below advertisement', 'article continues below advertisement',
  'story continues below', 'article continues below', 'continue reading below',
  'scroll to continue with content', 'continue reading the main story',
  'advertisement - scroll to continue', 'реклама', 'реклама на сайте',
];
