/**
 * The strings of the services namespace for a page. While `locales/<lang>/services.json` does not exist yet, the
 * main text is shown in English (and marked as English), like an untranslated content page.
 */
import type { TOptions } from 'i18next';
import { defaultLanguage, type Language } from '../../i18n/languages';
import { useTranslations } from '../../i18n/translate';

export type ServicesT = (key: string, options?: TOptions) => string;

export interface ServicesTranslations {
  /** The language of the page (its URL). */
  language: Language;
  /** The language the main text is written in. */
  contentLanguage: Language;
  /** Strings of the services namespace, in the content language. */
  s: ServicesT;
}

/** Languages with their own `locales/<lang>/services.json`. */
const translatedLanguages = new Set(
  Object.keys(import.meta.glob('/locales/*/services.json')).map((file) => file.split('/')[2]),
);

export function servicesTranslations(langPath: string | undefined): ServicesTranslations {
  const { language } = useTranslations(langPath);
  const contentLanguage = translatedLanguages.has(language.path) ? language : defaultLanguage;
  const { t } = useTranslations(contentLanguage.path);
  return { language, contentLanguage, s: (key, options) => t(key, { ...options, ns: 'services' }) as string };
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
