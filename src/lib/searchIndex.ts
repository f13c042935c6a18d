/**
 * Which built pages go into the search index, in which language, and the HTML Pagefind reads for each.
 * Pure string work on built HTML, so src/integrations/pagefind.ts stays I/O only and this is unit-tested.
 *
 * One index per language, by `<html lang>`. A page whose main text is in another language (an untranslated page
 * showing English inside an Arabic page) is left out: its English text is already indexed once, under the English
 * page, and the search page finds it there for readers of every language (see src/components/SiteSearch).
 */
import { normalizeForSearch } from './searchNormalize';

export type IndexPlan =
  | { index: true; url: string; language: string }
  | { index: false; url: string; reason: 'not-a-language-page' | 'search-page' | 'no-search-body' | 'fallback' };

/** `ar/nrm/index.html` → `/ar/nrm/`; `404.html` → `/404.html`. */
export function pageUrlOfFile(relativeFile: string): string {
  const clean = relativeFile.replace(/\\/g, '/').replace(/^\/+/, '');
  if (clean === 'index.html') return '/';
  return clean.endsWith('/index.html') ? `/${clean.slice(0, -'index.html'.length)}` : `/${clean}`;
}

/** The search page of any language: `/ti/search/`. It lists every page, so it would match every query. */
export function isSearchPageUrl(url: string): boolean {
  return /^\/[a-z0-9-]+\/search\/$/.test(url);
}

function attributeOf(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);
  return match?.[1];
}

function mainTagOf(html: string): string | undefined {
  return /<main\b[^>]*>/i.exec(html)?.[0];
}

/** Whether and how a built page is indexed. `languageSegments` are the URL segments of switched-on languages. */
export function planIndexing(url: string, html: string, languageSegments: readonly string[]): IndexPlan {
  const segment = url.split('/')[1] ?? '';
  if (!languageSegments.includes(segment)) return { index: false, url, reason: 'not-a-language-page' };
  if (isSearchPageUrl(url)) return { index: false, url, reason: 'search-page' };
  const main = mainTagOf(html);
  if (!main || !/\sdata-pagefind-body[\s>=]/i.test(main)) return { index: false, url, reason: 'no-search-body' };
  const pageLanguage = attributeOf(/<html\b[^>]*>/i.exec(html)?.[0] ?? '', 'lang') ?? '';
  const mainLanguage = attributeOf(main, 'lang') ?? pageLanguage;
  if (mainLanguage.toLowerCase() !== pageLanguage.toLowerCase()) return { index: false, url, reason: 'fallback' };
  return { index: true, url, language: pageLanguage };
}

/** Markup, comments and the insides of script and style: everything that is not text a reader sees. */
const MARKUP = /(<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<[^>]*>)/gi;
/** The ZWNJ written as a character reference, which would hide it from the normaliser. */
const ZWNJ_REFERENCE = /&(?:zwnj|#8204|#x200c);/gi;

/** Normalises the text between tags, leaving tags and attributes exactly as they were. */
export function normalizeHtmlText(html: string): string {
  return html
    .split(MARKUP)
    .map((part, position) => (position % 2 === 1 ? part : normalizeForSearch(part.replace(ZWNJ_REFERENCE, '\u200C'))))
    .join('');
}

/** The value of `<meta name|property="…" content="…">`, still HTML-escaped. */
function metaContent(html: string, key: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (attributeOf(tag, 'name') === key || attributeOf(tag, 'property') === key) return attributeOf(tag, 'content');
  }
  return undefined;
}

/**
 * The HTML Pagefind indexes: text normalised like the query, and the page's own title and summary (as written,
 * not normalised) attached to `<main>` as the result's title and summary.
 */
export function prepareHtmlForIndex(html: string): string {
  const title = metaContent(html, 'og:title') ?? '';
  const summary = metaContent(html, 'description') ?? '';
  const meta = ` data-pagefind-meta="title[data-search-title], summary[data-search-summary]" data-search-title="${title}" data-search-summary="${summary}"`;
  return normalizeHtmlText(html).replace(/<main\b/i, `<main${meta}`);
}

/** Files of Pagefind's bundle the site serves; the ready-made UIs and the playground are not used. */
export function isServedBundleFile(path: string): boolean {
  const clean = path.replace(/\\/g, '/');
  if (/(^|\/)playground\//.test(clean)) return false;
  return !/^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/.test(clean);
}
