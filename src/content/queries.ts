/** Reads the content collections once and answers the questions pages and components ask of them. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentHash } from '../lib/contentHash';
import { factOnDay } from '../lib/factVersions';
import { serviceNeedsCheck } from '../lib/review';
import { AS_OF } from './asOf';
import { findContentErrors } from '../lib/contentIntegrity';
import { translationState, type TranslationState } from '../lib/translationStatus';
import { defaultLanguage, type Language } from '../i18n/languages';
import { pagePathOfEntry } from '../i18n/paths';

export type PageEntry = CollectionEntry<'pages'>;

/** `content/pages/ar/rights/index.mdx` → `{ lang: 'ar', slug: 'rights/index' }`. */
export function entryLocation(entry: PageEntry): { lang: string; slug: string } {
  const path = (entry.filePath ?? entry.id).replace(/^.*?content\/pages\//, '').replace(/\.mdx$/, '');
  const [lang = '', ...rest] = path.split('/');
  return { lang, slug: rest.join('/') };
}

export interface PageVariant {
  slug: string;
  /** Path under the language, e.g. `rights/your-choice/`. */
  path: string;
  english: PageEntry;
  /** What the reader sees: the translation when there is one, else the English page. */
  shown: PageEntry;
  state: TranslationState;
  englishHash: string;
}

let cache: { english: PageEntry[]; byLang: Map<string, Map<string, PageEntry>> } | undefined;

async function pagesByLanguage() {
  if (cache) return cache;
  const all = await getCollection('pages');
  const byLang = new Map<string, Map<string, PageEntry>>();
  for (const entry of all) {
    const { lang, slug } = entryLocation(entry);
    if (!byLang.has(lang)) byLang.set(lang, new Map());
    byLang.get(lang)!.set(slug, entry);
  }
  const english = [...(byLang.get(defaultLanguage.code)?.values() ?? [])];
  cache = { english, byLang };
  return cache;
}

export function englishHashOf(entry: PageEntry): string {
  return contentHash({ title: entry.data.title, summary: entry.data.summary, body: entry.body ?? '' });
}

/** Every English page, as the given language shows it. */
export async function pageVariants(language: Language): Promise<PageVariant[]> {
  const { english, byLang } = await pagesByLanguage();
  const translations = byLang.get(language.path) ?? byLang.get(language.code) ?? new Map<string, PageEntry>();
  return english.map((entry) => {
    const { slug } = entryLocation(entry);
    const translation = language.code === defaultLanguage.code ? undefined : translations.get(slug);
    const englishHash = englishHashOf(entry);
    return {
      slug,
      path: pagePathOfEntry(slug),
      english: entry,
      shown: translation ?? entry,
      state: translationState(language.code === defaultLanguage.code, englishHash, translation?.data),
      englishHash,
    };
  });
}

/** Paths of pages built from code (tools, directory, search), found from the route files. */
export function toolPaths(): string[] {
  const files = Object.keys(import.meta.glob('/src/pages/\\[lang\\]/**/*.astro'));
  return files
    .map((file) => file.replace(/^\/src\/pages\/\[lang\]\//, '').replace(/\.astro$/, ''))
    .filter((path) => !path.includes('['))
    .map((path) => (path === 'index' ? '' : `${path.replace(/\/index$/, '')}/`));
}

/** Every fact as it stands on the build's "as of" day (a fact with dated changes gives the version then in force). */
export async function factMap() {
  return new Map((await getCollection('facts')).map((entry) => [entry.id, factOnDay(entry.data, AS_OF)]));
}
/**
 * Every service; one not checked for 12 months before the "as of" day counts as unverified, so its card and links
 * say "check before use" until someone checks it again.
 */
export async function serviceMap() {
  return new Map((await getCollection('services')).map((entry) => {
    const data = entry.data;
    const stale = serviceNeedsCheck(data, AS_OF);
    return [entry.id, { ...data, verified: data.verified && !stale, stale }];
  }));
}
export async function sourceMap() {
  return new Map((await getCollection('sources')).map((entry) => [entry.id, entry.data]));
}
/**
 * A service's one-sentence description in a language, or the English one (with `lang: 'en'`) when it is not
 * translated yet, so the caller can mark it.
 */
export async function serviceDescription(id: string, langPath: string): Promise<{ text: string; lang: string }> {
  const english = (await serviceMap()).get(id);
  if (!english) throw new Error(`no service "${id}" in content/services`);
  const translations = (await getCollection('serviceTranslations')).find((entry) => entry.id === langPath);
  const translated = translations?.data[id]?.description;
  return translated ? { text: translated, lang: langPath } : { text: english.description, lang: 'en' };
}

/** Glossary terms of one language, keyed by term id (`en/nrm` → `nrm`). */
export async function glossaryOf(langCode: string) {
  const entries = await getCollection('glossary', (entry) => entry.id.startsWith(`${langCode.toLowerCase()}/`));
  return new Map(entries.map((entry) => [entry.id.slice(langCode.length + 1), entry.data]));
}

let checked = false;
/** Fails the build, naming file and id, when any page, fact, service or glossary entry points at nothing. */
export async function assertContentIntegrity(): Promise<void> {
  if (checked) return;
  const { english } = await pagesByLanguage();
  const [facts, services, sources, glossary] = await Promise.all([factMap(), serviceMap(), sourceMap(), glossaryOf('en')]);
  const sitePaths = new Set([...english.map((entry) => pagePathOfEntry(entryLocation(entry).slug)), ...toolPaths()]);
  const all = await getCollection('pages');
  const errors = findContentErrors({
    pages: all.map((entry) => ({ file: entry.filePath ?? entry.id, sources: entry.data.sources, body: entry.body ?? '' })),
    facts: new Map([...facts].map(([id, fact]) => [id, { verified: fact.verified, sources: fact.sources }])),
    services: new Map([...services].map(([id, service]) => [id, { sources: service.sources }])),
    sources: new Set(sources.keys()),
    glossary,
    sitePaths,
  });
  if (errors.length > 0) throw new Error(`Content errors:\n- ${errors.join('\n- ')}`);
  checked = true;
}
