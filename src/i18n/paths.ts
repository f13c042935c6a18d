import { enabledLanguages, type Language } from './languages';

/** Splits `/ar/rights/your-choice/` into the language segment and the page path (`rights/your-choice/`). */
export function splitLanguagePath(pathname: string): { lang: string | undefined; rest: string } {
  const [, first = '', ...others] = pathname.split('/');
  const isLanguage = enabledLanguages.some((language) => language.path === first);
  return isLanguage ? { lang: first, rest: others.join('/') } : { lang: undefined, rest: pathname.replace(/^\//, '') };
}

/** The URL of a page in a language: `localizedPath(ar, 'rights/')` → `/ar/rights/`. */
export function localizedPath(language: Language, pagePath = ''): string {
  const clean = pagePath.replace(/^\/+/, '');
  const withSlash = clean === '' || clean.endsWith('/') || /[#?]/.test(clean) ? clean : `${clean}/`;
  return `/${language.path}/${withSlash}`;
}

/** The same page in another language, for the language picker. */
export function switchLanguagePath(pathname: string, target: Language): string {
  return localizedPath(target, splitLanguagePath(pathname).rest);
}

/** Rewrites an authored link such as `/rights/your-choice/` to the reader's language; leaves others alone. */
export function localizeHref(href: string, language: Language): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  if (splitLanguagePath(href).lang) return href;
  return localizedPath(language, href);
}

/** The URL of a content entry id (`rights/index` → `rights/`, `home` → ``). */
export function pagePathOfEntry(slug: string): string {
  if (slug === 'home') return '';
  return `${slug.replace(/(^|\/)index$/, '')}/`.replace(/^\/$/, '');
}
