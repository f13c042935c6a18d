import i18next, { type TFunction } from 'i18next';
import { defaultLanguage, enabledLanguage, enabledLanguages, languageByPath, type Language } from './languages';
import { flattenKeys, type LocaleTree } from '../lib/localeCheck';
import type { CountFormatter } from '../lib/factFormat';
import { pluralCategoriesOf } from '../lib/numberGrammar';

type Resources = Record<string, Record<string, Record<string, unknown>>>;

/**
 * Builds i18next resources from `{ '/locales/ar/common.json': {...} }`. Folders are named by URL segment
 * (`zh-hans`); i18next looks languages up by their code (`zh-Hans`), so resources are keyed by code.
 */
export function resourcesFromFiles(files: Record<string, unknown>): Resources {
  const resources: Resources = {};
  for (const [file, content] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(file);
    if (!match) continue;
    const [, folder, namespace] = match as unknown as [string, string, string];
    const lang = languageByPath(folder)?.code ?? folder;
    const data = (content as { default?: unknown }).default ?? content;
    (resources[lang] ??= {})[namespace] = data as Record<string, unknown>;
  }
  return resources;
}

const resources = resourcesFromFiles(import.meta.glob('/locales/*/*.json', { eager: true }));

/**
 * A string a page asks for and no locale file has, in any language: the build stops, naming the language, the
 * namespace and the key, so no key is ever shown to a reader as text.
 */
export function missingStringError(languages: readonly string[], namespace: string, key: string): Error {
  return new Error(`Missing UI string: "${key}" in locales/${languages.map((code) => languageByPath(code.toLowerCase())?.path ?? code).join(', ')}/${namespace}.json`);
}

/** Every switched-on language has every English string: the build stops on the first language that lacks one. */
export function assertEveryStringTranslated(all: Resources, languageCodes: readonly string[]): void {
  const english = all[defaultLanguage.code] ?? {};
  const missing: string[] = [];
  for (const code of languageCodes) {
    if (code === defaultLanguage.code) continue;
    for (const [namespace, tree] of Object.entries(english)) {
      const own = flattenKeys((all[code]?.[namespace] ?? {}) as LocaleTree);
      const categories: string[] = pluralCategoriesOf(code);
      for (const key of Object.keys(flattenKeys(tree as LocaleTree))) {
        const plural = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
        const present = plural ? categories.some((category) => `${plural[1]}_${category}` in own) : key in own;
        if (!present) missing.push(`${languageByPath(code.toLowerCase())?.path ?? code}/${namespace}.json: ${key}`);
      }
    }
  }
  if (missing.length > 0) throw new Error(`Missing UI strings (add them to locales/<lang>/<namespace>.json):\n- ${[...new Set(missing)].join('\n- ')}`);
}

// A dry run with every language switched on (WAYMARK_ALL_LANGUAGES=1) lets English stand in for the strings of the
// languages it adds.
assertEveryStringTranslated(resources, enabledLanguages.filter((language) => !language.dryRun).map((language) => language.code));

const instance = i18next.createInstance();
await instance.init({
  resources,
  lng: defaultLanguage.code,
  fallbackLng: defaultLanguage.code,
  defaultNS: 'common',
  ns: Object.keys(resources[defaultLanguage.code] ?? {}),
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  saveMissing: true,
  saveMissingTo: 'current',
  missingKeyHandler: (languages, namespace, key) => {
    throw missingStringError(languages, namespace, key);
  },
});

export interface Translations {
  t: TFunction;
  language: Language;
  /** True when the key exists in this language itself, not only through the English fallback. */
  has: (key: string, namespace?: string) => boolean;
}

/** The translation function for a switched-on language's URL segment. */
export function useTranslations(langPath: string | undefined): Translations {
  const language = enabledLanguage(langPath);
  return {
    t: instance.getFixedT(language.code),
    language,
    has: (key, namespace = 'common') => instance.exists(key, { lng: language.code, ns: namespace, fallbackLng: false } as never),
  };
}

/**
 * Translations for text inside <main>, which is English on a page that has no translation yet. Links still use
 * the reader's language (`urlLanguage`), so following one keeps them in their language.
 */
export function useContentTranslations(astro: { locals: App.Locals; url: URL }): Translations & { urlLanguage: Language } {
  const route = astro.locals.route;
  if (!route) throw new Error(`${astro.url.pathname}: the route did not call resolveRoute() (src/i18n/route.ts)`);
  return { ...useTranslations(route.contentLanguage.path), urlLanguage: route.language };
}

/** Durations in the reader's language ("30 days"), from the `fact.<unit>` plural strings of common.json. */
export function factCounter(t: TFunction): CountFormatter {
  return (unit, count, value) => t(`fact.${unit}`, { count, value });
}
