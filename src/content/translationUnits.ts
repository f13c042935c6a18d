/**
 * Every translated unit of the site, read once per build from the content collections and the locale files: the
 * English version of each unit, what each language's translation records, and the translation report built from
 * them (the same report `npm run i18n:status` prints from disk, through the same functions in src/lib).
 */
import { getCollection } from 'astro:content';
import { defaultLanguage, enabledLanguage, languages, type Language } from '../i18n/languages';
import { toolPage } from '../lib/toolPages';
import { flatStrings, uiRecordOf } from '../i18n/localeFiles';
import {
  englishWordsOf, overlayWords, translationReport, translationState, uiTranslations, uiUnits, unitHash,
  type KindUnits, type LanguageReport, type TranslationRecord, type TranslationState, type UnitKind,
} from '../lib/translationUnits';

type Units = Map<UnitKind, { english: Map<string, string>; byLanguage: Map<string, Map<string, TranslationRecord>> }>;

/** `ar/rights/index` → [`ar`, `rights/index`]. */
const splitId = (id: string) => {
  const [lang = '', ...rest] = id.split('/');
  return [lang, rest.join('/')] as const;
};

const recordOf = (data: TranslationRecord): TranslationRecord => ({ translatedFrom: data.translatedFrom, status: data.status });

function byLanguage(entries: { id: string; data: TranslationRecord }[]): Map<string, Map<string, TranslationRecord>> {
  const languagesMap = new Map<string, Map<string, TranslationRecord>>();
  for (const entry of entries) {
    const [lang, id] = splitId(entry.id);
    if (!languagesMap.has(lang)) languagesMap.set(lang, new Map());
    languagesMap.get(lang)!.set(id, recordOf(entry.data));
  }
  return languagesMap;
}

const englishOnly = <T extends { id: string }>(entries: T[]) => entries.map((entry) => ({ ...entry, id: splitId(entry.id)[1] }));

/** Pages are keyed by their file (`content/pages/ar/rights/index.mdx` → `ar/rights/index`): an entry id drops `index`. */
const byFile = <T extends { id: string; filePath?: string | undefined }>(entries: T[]) =>
  entries.map((entry) => ({ ...entry, id: (entry.filePath ?? entry.id).replace(/^.*?content\/pages\//, '').replace(/\.mdx$/, '') }));

async function readUnits(): Promise<Units> {
  const [pages, pageTranslations, journeys, journeyTranslations, pathways, pathwaysTranslations, glossary, glossaryTranslations, services, serviceTranslations, cards, cardTranslations] =
    await Promise.all([
      getCollection('pages'), getCollection('pageTranslations'), getCollection('journeys'), getCollection('journeyTranslations'),
      getCollection('pathways'), getCollection('pathwaysTranslations'), getCollection('glossary'), getCollection('glossaryTranslations'),
      getCollection('services'), getCollection('serviceTranslations'), getCollection('cards'), getCollection('cardTranslations'),
    ]);
  const units: Units = new Map();
  units.set('page', {
    english: new Map(englishOnly(byFile(pages)).map((entry) => [entry.id, unitHash(englishWordsOf.page({ ...entry.data, body: entry.body ?? '' }))])),
    byLanguage: byLanguage(byFile(pageTranslations)),
  });
  units.set('journey', { english: new Map(englishOnly(journeys).map((entry) => [entry.id, unitHash(englishWordsOf.journey(entry.data))])), byLanguage: byLanguage(journeyTranslations) });
  units.set('pathways', { english: new Map(englishOnly(pathways).map((entry) => [entry.id, unitHash(englishWordsOf.pathways(entry.data))])), byLanguage: byLanguage(pathwaysTranslations) });
  units.set('glossary', { english: new Map(englishOnly(glossary).map((entry) => [entry.id, unitHash(englishWordsOf.glossary(entry.data))])), byLanguage: byLanguage(glossaryTranslations) });
  units.set('service', {
    english: new Map(services.map((entry) => [entry.id, unitHash(englishWordsOf.service(entry.data))])),
    byLanguage: new Map(serviceTranslations.map((entry) => [entry.id, new Map(Object.entries(entry.data).map(([id, data]) => [id, recordOf(data)]))])),
  });
  units.set('card', { english: new Map(englishOnly(cards).map((entry) => [entry.id, unitHash(englishWordsOf.card(entry.data))])), byLanguage: byLanguage(cardTranslations) });
  units.set('ui', {
    english: uiUnits(flatStrings(defaultLanguage.path)),
    byLanguage: new Map(languages.filter((language) => language !== defaultLanguage).map((language) => [language.path, uiTranslations(flatStrings(language.path), uiRecordOf(language.path))])),
  });
  return units;
}

let unitsPromise: Promise<Units> | undefined;
/** Read once for the whole build, however many pages ask. */
const allUnits = () => (unitsPromise ??= readUnits());

/** The state of one unit in one language: source, machine, checked, reviewed, stale, or fallback (no translation). */
export async function unitState(kind: UnitKind, id: string, language: Language): Promise<TranslationState> {
  const units = (await allUnits()).get(kind)!;
  const englishHash = units.english.get(id);
  if (englishHash === undefined) throw new Error(`no English ${kind} "${id}"`);
  return translationState(language.code === defaultLanguage.code, englishHash, units.byLanguage.get(language.path)?.get(id));
}

/**
 * What a language shows of a unit: the translation's words laid over the English data (so ids, sources, nations and
 * dates always come from English), or the English data while there is no translation.
 */
export async function unitVariant<English extends object>(
  kind: UnitKind,
  id: string,
  language: Language,
  english: English,
  translation: (Partial<English> & TranslationRecord) | undefined,
): Promise<{ state: TranslationState; shown: English }> {
  const state = await unitState(kind, id, language);
  if (!translation || state === 'source' || state === 'fallback') return { state, shown: english };
  return { state, shown: overlayWords(english, translation) };
}

let reportPromise: Promise<LanguageReport[]> | undefined;
/** The translation report of every declared language, built once per build. */
export function siteTranslationReport(): Promise<LanguageReport[]> {
  reportPromise ??= allUnits().then((units) =>
    translationReport(
      languages.map((language) => ({
        code: language.code,
        englishName: language.englishName,
        enabled: language.enabled,
        isSource: language.code === defaultLanguage.code,
        kinds: Object.fromEntries(
          [...units].map(([kind, { english, byLanguage: translations }]): [UnitKind, KindUnits] => [kind, { english, translations: translations.get(language.path) ?? new Map() }]),
        ),
      })),
    ),
  );
  return reportPromise;
}

/** The state of a tool page made of one namespace of UI strings: stale if any of its strings is, else the namespace's status. */
export async function namespaceState(namespace: string, language: Language): Promise<TranslationState> {
  if (language.code === defaultLanguage.code) return 'source';
  const units = (await allUnits()).get('ui')!;
  const translations = units.byLanguage.get(language.path);
  const states = [...units.english]
    .filter(([id]) => id.startsWith(`${namespace}:`))
    .map(([id, hash]) => translationState(false, hash, translations?.get(id)));
  if (states.length === 0) throw new Error(`no UI strings in the namespace "${namespace}"`);
  if (states.includes('stale')) return 'stale';
  if (states.includes('fallback')) return 'fallback';
  return (['machine', 'checked', 'reviewed'] as const).find((status) => states.includes(status)) ?? 'machine';
}

/** The state of a page built from code (TOOL_PAGES), for resolveRoute(): that of the UI strings it is made of. */
export function toolPageState(path: string, langPath: string | undefined): Promise<TranslationState> {
  return namespaceState(toolPage(path).namespace, enabledLanguage(langPath));
}
