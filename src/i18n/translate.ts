import i18next, { type TFunction } from 'i18next';
import { defaultLanguage, enabledLanguage, languageByPath, type Language } from './languages';
import type { CountFormatter } from '../lib/factFormat';

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
export function useContentTranslations(astro: { params: Record<string, string | undefined>; locals: App.Locals }): Translations & {
  urlLanguage: Language;
} {
  const urlLanguage = enabledLanguage(astro.params.lang);
  return { ...useTranslations(astro.locals.contentLanguage ?? astro.params.lang), urlLanguage };
}

/** Durations in the reader's language ("30 days"), from the `fact.<unit>` plural strings of common.json. */
export function factCounter(t: TFunction): CountFormatter {
  return (unit, count, value) => t(`fact.${unit}`, { count, value });
}
