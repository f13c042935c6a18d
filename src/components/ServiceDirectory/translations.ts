/** The strings of the services namespace, in the language of the page's main text. */
import type { TOptions } from 'i18next';
import type { RouteLanguage } from '../../i18n/route';

export type ServicesT = (key: string, options?: TOptions) => string;

/** `s('card.call')`: a string of the services namespace in the route's content language. */
export function servicesStrings(route: Pick<RouteLanguage, 'tc'>): ServicesT {
  return (key, options) => route.tc(key, { ...options, ns: 'services' }) as string;
}

/**
 * Every plural form of a string, with `{count}` (and other `{name}`) markers left in, for a client script to fill:
 * `{ one: '{count} service', other: '{count} services' }`. A string count makes i18next skip plural resolution.
 */
export function pluralTemplates(s: ServicesT, key: string, locale: string, markers: string[] = []): Record<string, string> {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  const values = Object.fromEntries(['count', ...markers].map((name) => [name, `{${name}}`]));
  return Object.fromEntries(categories.map((category) => [category, s(`${key}_${category}`, values)]));
}
