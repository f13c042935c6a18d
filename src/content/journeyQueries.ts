/** Reads the journeys collection: which version of a journey a language shows, and the build-time integrity check. */
import { getCollection } from 'astro:content';
import type { JourneyEntryData } from './collections/journeys';
import { factMap, glossaryOf, pageVariants, serviceMap, sourceMap, toolPaths } from './queries';
import { englishDataHashes } from '../../scripts/i18n/readTranslations';
import { JOURNEY_SYSTEMS, journeyErrors, type JourneySystem } from '../lib/journey';
import { translationState, type TranslationState } from '../lib/translationStatus';
import { defaultLanguage, type Language } from '../i18n/languages';

/** Every language's journey UI strings (locales/<lang>/journey.json), to know which are translated. */
const journeyStrings = Object.fromEntries(
  Object.entries(import.meta.glob<{ default: Record<string, unknown> }>('/locales/*/journey.json', { eager: true })).map(([file, module]) => [
    file.split('/').at(-2)!,
    module.default,
  ]),
);

/** True when `key` (like `timeline.rules.recovery-end.ew`) is in the language's own journey strings, without falling back to English. */
export function hasJourneyString(language: Language, key: string): boolean {
  let node: unknown = journeyStrings[language.path];
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string';
}

let cache: Map<string, JourneyEntryData> | undefined;

/** Journeys keyed `<lang>/<system>`, e.g. `en/scotland`. */
async function journeysById(): Promise<Map<string, JourneyEntryData>> {
  cache ??= new Map((await getCollection('journeys')).map((entry) => [entry.id, entry.data]));
  return cache;
}

export interface JourneyVariant {
  system: JourneySystem;
  english: JourneyEntryData;
  /** What the reader sees: the translation when there is one, else English. */
  shown: JourneyEntryData;
  state: TranslationState;
  /** The language the journey's words are shown in (English until both the journey and the UI strings are translated). */
  contentLanguage: Language;
}

export async function journeyVariant(system: JourneySystem, language: Language, stringsTranslated: boolean): Promise<JourneyVariant> {
  const all = await journeysById();
  const english = all.get(`${defaultLanguage.path}/${system}`);
  if (!english) throw new Error(`content/journeys/${defaultLanguage.path}/${system}.yaml is missing`);
  const isSource = language.code === defaultLanguage.code;
  const translation = isSource || !stringsTranslated ? undefined : all.get(`${language.path}/${system}`);
  const state = translationState(isSource, englishDataHashes('.').get(`nrm/journey/${system}`)!, translation);
  return { system, english, shown: translation ?? english, state, contentLanguage: translation || isSource ? language : defaultLanguage };
}

let checked = false;
/** Fails the build, naming file and stage, when a journey points at nothing or states an unverified fact. */
export async function assertJourneysIntegrity(): Promise<void> {
  if (checked) return;
  const [all, facts, services, sources, glossary, pages] = await Promise.all([
    journeysById(), factMap(), serviceMap(), sourceMap(), glossaryOf(defaultLanguage.code), pageVariants(defaultLanguage),
  ]);
  const missing = JOURNEY_SYSTEMS.filter((system) => !all.has(`${defaultLanguage.path}/${system}`)).map((system) => `content/journeys/${defaultLanguage.path}/${system}.yaml is missing`);
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
