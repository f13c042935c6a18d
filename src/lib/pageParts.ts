/**
 * Page parts: HTML fragments a page fetches after it has rendered (the checker's results data, the timeline's key-date
 * templates), so the page itself
 * fits its first round trip. A part is built as an Astro partial (no doctype, no head) whose first element carries
 * `data-page-part`. One place decides what a part is: the middleware leaves its policy out (a part has no head),
 * the sitemap and the browser pass leave it out (it is not a page), and the static check checks it as a part.
 */
export const PAGE_PART_ATTRIBUTE = 'data-page-part';

/** The site paths (after the language) of every page part. */
export const TIMELINE_DATES_PATH = 'tools/timeline/dates/';
export const PAGE_PART_PATHS = ['tools/checker/results/', TIMELINE_DATES_PATH] as const;

/** True when the built HTML is a page part: its first element carries data-page-part. */
export function isPagePart(html: string): boolean {
  return new RegExp(`^\\s*<[a-z][a-z0-9-]*\\s[^>]*\\b${PAGE_PART_ATTRIBUTE}=`, 'i').test(html);
}

/** True for the address of a page part in any language (`https://…/ar/tools/checker/results/` or a path). */
export function isPagePartAddress(address: string): boolean {
  const path = address.replace(/^[a-z]+:\/\/[^/]+/i, '');
  return PAGE_PART_PATHS.some((part) => new RegExp(`^/[^/]+/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(path));
}
