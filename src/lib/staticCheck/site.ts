/** What the checks know about the whole built site: its address, its languages, its files and each page's ids. */

export interface SiteLanguage {
  code: string;
  /** URL segment: `zh-hans`. */
  path: string;
  dir: 'ltr' | 'rtl';
}

export interface SiteFacts {
  /** The public origin pages are built for (`https://waymark.example`); links to it are internal. */
  origin: string;
  /** The switched-on languages; the first is the default, used for `/` and the 404 page. */
  languages: readonly SiteLanguage[];
  /** Pages with no address of their own (the 404 page, served at any missing address): no canonical, no alternates. */
  unlistedPages: readonly string[];
  /** Whether a path inside the built site (`/_astro/x.css`, `/en/index.html`) is a file. */
  fileExists: (path: string) => boolean;
  /** The ids of a built page by URL path, or undefined when there is no such page. */
  idsOf: (pagePath: string) => Set<string> | undefined;
}

/** The language a page is in, from its first path segment; the default language for `/` and `/404.html`. */
export function languageOfPage(site: Pick<SiteFacts, 'languages'>, pagePath: string): SiteLanguage {
  const segment = pagePath.split('/')[1] ?? '';
  return site.languages.find((language) => language.path === segment) ?? site.languages[0]!;
}

/** The URL path of the built file for a page address: `/en/` → `/en/index.html`, `/404.html` as it is. */
export function fileOfPagePath(pagePath: string): string {
  return pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath;
}

/** The page address of a built HTML file: `en/rights/index.html` → `/en/rights/`. */
export function pagePathOfFile(file: string): string {
  const path = `/${file.replace(/\\/g, '/').replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
