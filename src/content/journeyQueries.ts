/** Reads the journeys collection: which version of a journey a language shows, and the build-time integrity check. */
import { getCollection } from 'astro:content';
import type { JourneyEntryData, JourneyTranslationData } from './collections/journeys';
import { factMap, glossaryOf, pageVariants, serviceMap, sourceMap, toolPaths } from './queries';
import { unitVariant } from './translationUnits';
import { JOURNEY_SYSTEMS, journeyErrors, type JourneySystem } from '../lib/journey';
import type { TranslationState } from '../lib/translationUnits';
import { defaultLanguage, type Language } from '../i18n/languages';

let cache: Promise<{ english: Map<string, JourneyEntryData>; translations: Map<string, JourneyTranslationData> }> | undefined;

/** English journeys by system, translations by `<lang>/<system>`, read once. */
function journeysById() {
  cache ??= Promise.all([getCollection('journeys'), getCollection('journeyTranslations')]).then(([english, translated]) => ({
    english: new Map(english.map((entry) => [entry.id.slice(defaultLanguage.path.length + 1), entry.data])),
    translations: new Map(translated.map((entry) => [entry.id, entry.data])),
  }));
  return cache;
}

export interface JourneyVariant {
  system: JourneySystem;
  english: JourneyEntryData;
  /** What the reader sees: the translation's words over the English journey, else English. */
  shown: JourneyEntryData;
  state: TranslationState;
  /** The language the journey's words are shown in (English while it has no translation). */
  contentLanguage: Language;
}

export async function journeyVariant(system: JourneySystem, language: Language): Promise<JourneyVariant> {
  const { english: all, translations } = await journeysById();
  const english = all.get(system);
  if (!english) throw new Error(`content/journeys/${defaultLanguage.path}/${system}.yaml is missing`);
  const { state, shown } = await unitVariant('journey', system, language, english, translations.get(`${language.path}/${system}`));
  return { system, english, shown, state, contentLanguage: state === 'fallback' ? defaultLanguage : language };
}

let checked = false;
/** Fails the build, naming file and stage, when a journey points at nothing or states an unverified fact. */
export async function assertJourneysIntegrity(): Promise<void> {
  if (checked) return;
  const [{ english, translations }, facts, services, sources, glossary, pages] = await Promise.all([
    journeysById(), factMap(), serviceMap(), sourceMap(), glossaryOf(defaultLanguage), pageVariants(defaultLanguage),
  ]);
  const missing = JOURNEY_SYSTEMS.filter((system) => !english.has(system)).map((system) => `content/journeys/${defaultLanguage.path}/${system}.yaml is missing`);
  const all = new Map<string, JourneyEntryData>([
    ...[...english].map(([system, data]): [string, JourneyEntryData] => [`${defaultLanguage.path}/${system}`, data]),
    ...[...translations].flatMap(([id, data]): [string, JourneyEntryData][] => {
      const base = english.get(id.split('/')[1]!);
      return base ? [[id, { ...base, ...data }]] : [];
    }),
  ]);
  const known = {
    facts,
    services: new Set(services.keys()),
    sources: new Set(sources.keys()),
    terms: new Set(glossary.keys()),
    sitePaths: new Set([...pages.map((page) => page.path), ...toolPaths()]),
  };
  const errors = [...missing, ...[...all].flatMap(([id, journey]) => journeyErrors(`content/journeys/${id}.yaml`, journey, known))];
  if (errors.length > 0) throw new Error(`Journey errors:\n- ${errors.join('\n- ')}`);
  checked = true;
}
