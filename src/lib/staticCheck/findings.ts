/** What the static check reports: one finding per problem, naming the page and the element it is on. */

export const FINDING_KINDS = {
  'lang-dir': '<html lang dir> does not match the language of the page',
  h1: 'a page has exactly one <h1>',
  title: 'a page has a non-empty <title>',
  canonical: 'a page names its own address as canonical',
  hreflang: 'a page lists itself in every switched-on language, and x-default',
  'broken-link': 'an internal href or src points to no built file',
  'broken-fragment': 'a #fragment points to no id on its page',
  'raw-key': 'an i18n key shows instead of words',
  placeholder: 'a {{placeholder}} was not filled in',
  'unrendered-component': 'an MDX component or {token} shows as text',
  csp: 'the Content Security Policy <meta> is missing',
  'inline-script': 'a script is written into the page instead of a file (the header policy blocks it)',
  'inline-style': "a style is written into the page (style=, or a <style> the page's policy does not allow by its hash)",
  'foreign-resource': 'a script, stylesheet, image, font or preload comes from another origin',
  'font': 'a web font is loaded',
  referrer: 'a link to another website does not carry rel="noreferrer"',
  'phone-invalid': 'a tel: or sms: link is not a valid UK number or short code',
  'phone-unknown': 'a tel: or sms: link is not a number in content/services',
  'admin-reference': 'a public page or the sitemap points into the editor at /admin/',
  'admin-page': 'the editor page is not left out of search engines, or loads a script from outside /admin/',
  'page-weight': 'a page is over 14 KB brotli (HTML, with the CSS and JS it loads at first render) or over 3 requests',
} as const;

export type FindingKind = keyof typeof FINDING_KINDS;

export interface Finding {
  kind: FindingKind;
  /** The URL path of the page: `/en/rights/`. */
  page: string;
  /** The element, as a short tag (`<a href="#x">`), or the file for a stylesheet. */
  element: string;
  message: string;
}

export const finding = (kind: FindingKind, page: string, element: string, message: string): Finding => ({ kind, page, element, message });
