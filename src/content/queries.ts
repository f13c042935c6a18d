/** Reads the content collections once and answers the questions pages and components ask of them. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findContentErrors } from '../lib/contentIntegrity';
import type { TranslationState } from '../lib/translationUnits';
import { TOOL_PAGES } from '../lib/toolPages';
import { defaultLanguage, type Language } from '../i18n/languages';
import { pagePathOfEntry } from '../i18n/paths';
import { unitState, unitVariant } from './translationUnits';

export type PageEntry = CollectionEntry<'pages'>;
export type PageTranslationEntry = CollectionEntry<'pageTranslations'>;

/** `content/pages/ar/rights/index.mdx` → `{ lang: 'ar', slug: 'rights/index' }`. */
export function entryLocation(entry: PageEntry | PageTranslationEntry): { lang: string; slug: string } {
  const path = (entry.filePath ?? entry.id).replace(/^.*?content\/pages\//, '').replace(/\.mdx$/, '');
  const [lang = '', ...rest] = path.split('/');
  return { lang, slug: rest.join('/') };
}

export interface PageVariant {
  slug: string;
  /** Path under the language, e.g. `rights/your-choice/`. */
  path: string;
  /** The English page: every field but the words comes from here, in every language. */
  english: PageEntry;
  /** What the reader sees: the translation (its title, summary and body) when there is one, else the English page. */
  shown: PageEntry | PageTranslationEntry;
  state: TranslationState;
}

let cache: Promise<{ english: PageEntry[]; translations: Map<string, PageTranslationEntry> }> | undefined;

function pagesByLanguage() {
  cache ??= Promise.all([getCollection('pages'), getCollection('pageTranslations')]).then(([english, translated]) => ({
    english,
    translations: new Map(translated.map((entry) => { const { lang, slug } = entryLocation(entry); return [`${lang}/${slug}`, entry]; })),
  }));
  return cache;
}

/** Every English page, as the given language shows it. */
export async function pageVariants(language: Language): Promise<PageVariant[]> {
  const { english, translations } = await pagesByLanguage();
  return Promise.all(
    english.map(async (entry) => {
      const { slug } = entryLocation(entry);
      const state = await unitState('page', slug, language);
      const translation = state === 'source' || state === 'fallback' ? undefined : translations.get(`${language.path}/${slug}`);
      return { slug, path: pagePathOfEntry(slug), english: entry, shown: translation ?? entry, state };
    }),
  );
}

/** Paths of the pages built from code (tools, directory, search). */
export function toolPaths(): string[] {
  return TOOL_PAGES.map((page) => page.path);
}

export async function factMap() {
  return new Map((await getCollection('facts')).map((entry) => [entry.id, entry.data]));
}
export async function serviceMap() {
  return new Map((await getCollection('services')).map((entry) => [entry.id, entry.data]));
}
export async function sourceMap() {
  return new Map((await getCollection('sources')).map((entry) => [entry.id, entry.data]));
}
type ServiceTexts = { description: string; contacts: readonly { note?: string | undefined; hours?: string | undefined }[] };

/**
 * A service's words in a language: its description and the note and hours label beside each contact, with the
 * language they are in (English, marked `lang: 'en'`, while the service has no translation there).
 */
export async function serviceTexts(id: string, language: Language): Promise<ServiceTexts & { lang: string }> {
  const english = (await serviceMap()).get(id);
  if (!english) throw new Error(`no service "${id}" in content/services`);
  const translation = (await getCollection('serviceTranslations')).find((entry) => entry.id === language.path)?.data[id];
  const { state, shown } = await unitVariant<ServiceTexts>('service', id, language, english, translation);
  return { ...shown, lang: state === 'fallback' || state === 'source' ? defaultLanguage.code : language.code };
}

/** Glossary terms of one language, keyed by term id: the translation's words over the English entry (`page` comes from English). */
export async function glossaryOf(language: Language) {
  const english = await getCollection('glossary');
  const translations = language.code === defaultLanguage.code ? [] : await getCollection('glossaryTranslations', (entry) => entry.id.startsWith(`${language.path}/`));
  const own = new Map(translations.map((entry) => [entry.id.slice(language.path.length + 1), entry.data]));
  return new Map(
    english.map((entry) => {
      const id = entry.id.slice(defaultLanguage.path.length + 1);
      const translation = own.get(id);
      return [id, translation ? { ...entry.data, term: translation.term, definition: translation.definition, translated: true } : { ...entry.data, translated: language.code === defaultLanguage.code }];
    }),
  );
}

let checked = false;
/** Fails the build, naming file and id, when any page, fact, service or glossary entry points at nothing. */
export async function assertContentIntegrity(): Promise<void> {
  if (checked) return;
  const { english, translations } = await pagesByLanguage();
  const [facts, services, sources, glossary] = await Promise.all([factMap(), serviceMap(), sourceMap(), glossaryOf(defaultLanguage)]);
  const sitePaths = new Set([...english.map((entry) => pagePathOfEntry(entryLocation(entry).slug)), ...toolPaths()]);
  const errors = findContentErrors({
    pages: [
      ...english.map((entry) => ({ file: entry.filePath ?? entry.id, sources: entry.data.sources, body: entry.body ?? '' })),
      ...[...translations.values()].map((entry) => ({ file: entry.filePath ?? entry.id, sources: [], body: entry.body ?? '' })),
    ],
    facts: new Map([...facts].map(([id, fact]) => [id, { verified: fact.verified, sources: fact.sources }])),
    services: new Map([...services].map(([id, service]) => [id, { sources: service.sources }])),
    sources: new Set(sources.keys()),
    glossary,
    sitePaths,
  });
  if (errors.length > 0) throw new Error(`Content errors:\n- ${errors.join('\n- ')}`);
  checked = true;
}
