/**
 * One place decides a page's language. Given a route's params and the state of what it shows, it returns the page's
 * language (its URL), the language its main text is in (English while a translation is missing), the notice to show,
 * and the translation functions for both; it keeps them in `Astro.locals.route`, where the frame (which renders the
 * notice) and the MDX components read them. Routes never set these by hand.
 */
import type { TFunction } from 'i18next';
import { defaultLanguage, enabledLanguage, enabledLanguages, type Language } from './languages';
import { localizedPath } from './paths';
import { useTranslations } from './translate';
import type { TranslationState } from '../lib/translationUnits';

export interface RouteLanguage {
  /** The language of the URL, of the frame and of every link. */
  language: Language;
  /** The language the main text is written in: English while the route's content has no translation. */
  contentLanguage: Language;
  /** What the notice says: nothing (source, reviewed), machine-drafted, checked, stale, or not yet translated. */
  state: TranslationState;
  /** The same page in English, for the notice's link. */
  englishHref: string;
  /** UI strings in the page's language. */
  t: TFunction;
  /** Strings in the content language (the same as `t` unless the content falls back to English). */
  tc: TFunction;
}

interface AstroLike {
  params: Record<string, string | undefined>;
  url: URL;
  locals: App.Locals;
}

/** The language of a route's `lang` param; `state` is the state of what the route shows (see src/content/translationUnits). */
export function resolveRoute(astro: AstroLike, state: TranslationState = 'source'): RouteLanguage {
  const language = enabledLanguage(astro.params.lang);
  const settled: TranslationState = language.code === defaultLanguage.code ? 'source' : state;
  const contentLanguage = settled === 'fallback' ? defaultLanguage : language;
  const rest = astro.url.pathname.split('/').slice(2).join('/');
  const route: RouteLanguage = {
    language,
    contentLanguage,
    state: settled,
    englishHref: localizedPath(defaultLanguage, rest),
    t: useTranslations(language.path).t,
    tc: useTranslations(contentLanguage.path).t,
  };
  astro.locals.route = route;
  return route;
}

/** The resolved route of the page being rendered (set by resolveRoute); throws when a route forgot to resolve. */
export function currentRoute(astro: { locals: App.Locals; url: URL }): RouteLanguage {
  const route = astro.locals.route;
  if (!route) throw new Error(`${astro.url.pathname}: the route did not call resolveRoute()`);
  return route;
}

/** `getStaticPaths` of a route built once per switched-on language (every tool page). */
export function languagePaths() {
  return enabledLanguages.map((language) => ({ params: { lang: language.path } }));
}
