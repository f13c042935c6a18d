/**
 * The one translation mechanism: everything Waymark translates is a *unit* of some *kind* (a page, a journey, a
 * glossary term, a service's texts, a card, a UI string…). A unit's English version is a short hash of the words a
 * translation must follow; a translation records the hash it was made from (`translatedFrom`) and its `status`.
 * When the English words change, the hashes differ and the translation is reported stale.
 *
 * Pure: the site reads its units from the content collections, `npm run i18n:status` from disk, and both hand them
 * to these functions, so both say the same thing.
 */
import { createHash } from 'node:crypto';

export const TRANSLATION_STATUSES = ['machine', 'checked', 'reviewed'] as const;
/** `machine`: machine-drafted; `checked`: machine-drafted, then checked by an independent back-translation; `reviewed`: a person read it. */
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

export const UNIT_KINDS = ['page', 'journey', 'pathways', 'glossary', 'service', 'card', 'ui'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export type TranslationState = 'source' | TranslationStatus | 'stale' | 'fallback';

/** What a translation records about the English it came from. */
export interface TranslationRecord {
  translatedFrom?: string | undefined;
  status?: TranslationStatus | undefined;
}

/** A field left out and a field at its default (nothing, no, an empty list) say the same thing. */
const isEmpty = (value: unknown) => value === undefined || value === null || value === false || (Array.isArray(value) && value.length === 0);

/**
 * Strings with their white space folded, so re-wrapping a line never makes a translation stale; fields at their
 * default left out, so a file as written and as validated (defaults filled in) have the same version.
 */
function normalised(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(normalised);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, inner]) => !isEmpty(inner))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, inner]) => [key, normalised(inner)]),
    );
  }
  return value ?? null;
}

/** The version of an English unit: 12 hex characters of a SHA-256 of its words. */
export function unitHash(words: unknown): string {
  return createHash('sha256').update(JSON.stringify(normalised(words))).digest('hex').slice(0, 12);
}

/** The state of one unit in one language. */
export function translationState(isSourceLanguage: boolean, englishHash: string, translation: TranslationRecord | undefined): TranslationState {
  if (isSourceLanguage) return 'source';
  if (!translation?.translatedFrom) return 'fallback';
  if (translation.translatedFrom !== englishHash) return 'stale';
  return translation.status ?? 'machine';
}

/**
 * The words of each kind that make its English version. English-only data that changes what a page says (its
 * sources, the nations it is about) counts too, so a translation is told to look again; review dates do not.
 */
export const englishWordsOf = {
  page: (page: { title: string; summary: string; body: string; sources: readonly string[]; nations?: readonly string[] | undefined }) => ({
    title: page.title,
    summary: page.summary,
    body: page.body,
    sources: page.sources,
    nations: page.nations ?? null,
  }),
  journey: (journey: { title: string; summary: string; stages: unknown; compare?: unknown }) => ({
    title: journey.title,
    summary: journey.summary,
    stages: journey.stages,
    compare: journey.compare ?? null,
  }),
  pathways: (data: { title: string; summary: string; intro: unknown; decide: unknown; pathways: unknown; firstHour: unknown }) => ({
    title: data.title,
    summary: data.summary,
    intro: data.intro,
    decide: data.decide,
    pathways: data.pathways,
    firstHour: data.firstHour,
  }),
  glossary: (term: { term: string; definition: string }) => ({ term: term.term, definition: term.definition }),
  /** A service's description and the words beside its contacts (notes, hours labels). */
  service: (service: { description: string; contacts: readonly { note?: string | undefined; hours?: string | undefined }[] }) => ({
    description: service.description,
    contacts: service.contacts.map((contact) => ({ note: contact.note, hours: contact.hours })),
  }),
  card: (card: { kind: string; rights?: readonly { id: string; title: string; text: string }[]; phrases?: readonly { id: string; text: string }[] }) =>
    card.kind === 'rights'
      ? { rights: card.rights?.map(({ id, title, text }) => ({ id, title, text })) }
      : { phrases: card.phrases?.map(({ id, text }) => ({ id, text })) },
} as const;

/**
 * What a reader sees of a translated unit: the English data with the translation's words laid over it, so every
 * field a translation does not hold (ids, sources, nations, dates, services) comes from English, in every language.
 */
export function overlayWords<English extends object>(english: English, translation: Partial<English> & TranslationRecord): English {
  const { translatedFrom: _from, status: _status, ...words } = translation;
  return { ...english, ...words };
}

/** One kind's English units (id → hash) and one language's records of them (id → record). */
export interface KindUnits {
  english: ReadonlyMap<string, string>;
  translations: ReadonlyMap<string, TranslationRecord>;
}

export interface KindStatus {
  kind: UnitKind;
  total: number;
  /** Translated from the current English (any status). */
  current: number;
  machine: number;
  checked: number;
  reviewed: number;
  stale: number;
  missing: number;
  staleIds: string[];
  missingIds: string[];
}

/** Counts one kind of unit in one language. */
export function kindStatus(kind: UnitKind, isSourceLanguage: boolean, units: KindUnits): KindStatus {
  const status: KindStatus = { kind, total: units.english.size, current: 0, machine: 0, checked: 0, reviewed: 0, stale: 0, missing: 0, staleIds: [], missingIds: [] };
  for (const [id, hash] of units.english) {
    const state = isSourceLanguage ? 'reviewed' : translationState(false, hash, units.translations.get(id));
    if (state === 'stale') {
      status.stale += 1;
      status.staleIds.push(id);
    } else if (state === 'fallback') {
      status.missing += 1;
      status.missingIds.push(id);
    } else if (state !== 'source') {
      status.current += 1;
      status[state] += 1;
    }
  }
  return status;
}

export interface LanguageUnits {
  code: string;
  englishName: string;
  enabled: boolean;
  isSource: boolean;
  kinds: Partial<Record<UnitKind, KindUnits>>;
}

export interface LanguageReport {
  code: string;
  englishName: string;
  enabled: boolean;
  kinds: KindStatus[];
  /** All kinds together. */
  all: Omit<KindStatus, 'kind' | 'staleIds' | 'missingIds'>;
}

/** The translation report: per language, per kind, how many units are current, stale and missing. */
export function translationReport(languages: readonly LanguageUnits[]): LanguageReport[] {
  return languages.map((language) => {
    const kinds = UNIT_KINDS.flatMap((kind) => {
      const units = language.kinds[kind];
      return units ? [kindStatus(kind, language.isSource, units)] : [];
    });
    const sum = (field: 'total' | 'current' | 'machine' | 'checked' | 'reviewed' | 'stale' | 'missing') => kinds.reduce((total, kind) => total + kind[field], 0);
    return {
      code: language.code,
      englishName: language.englishName,
      enabled: language.enabled,
      kinds,
      all: { total: sum('total'), current: sum('current'), machine: sum('machine'), checked: sum('checked'), reviewed: sum('reviewed'), stale: sum('stale'), missing: sum('missing') },
    };
  });
}

/** Plural forms are one string to translate: `fact.days_one` and `fact.days_other` are the family `fact.days`. */
export function uiFamilyOf(flatKey: string): string {
  return flatKey.replace(/_(zero|one|two|few|many|other)$/, '');
}

/** English UI strings (namespace → flat key → text) as units: `common:fact.days` → hash of all its English forms. */
export function uiUnits(englishFlat: Readonly<Record<string, Readonly<Record<string, string>>>>): Map<string, string> {
  const families = new Map<string, Record<string, string>>();
  for (const [namespace, keys] of Object.entries(englishFlat)) {
    for (const [key, text] of Object.entries(keys)) {
      const id = `${namespace}:${uiFamilyOf(key)}`;
      families.set(id, { ...families.get(id), [key]: text });
    }
  }
  return new Map([...families].map(([id, forms]) => [id, unitHash(forms)]));
}

/**
 * One language's record of the English each UI string was translated from, `locales/<lang>.translated-from.json`:
 * per namespace, a status and each key family's English hash. (The locale files themselves stay plain i18next v4 JSON.)
 */
/**
 * `locales/<lang>.translated-from.json`: per namespace, the status of its strings and the English version each key
 * follows; `statuses` gives a key its own status where it differs (one string checked, the rest still machine).
 */
export type UiRecordFile = Record<string, { status: TranslationStatus; keys: Record<string, string>; statuses?: Record<string, TranslationStatus> }>;

/** The UI units a language has translated: present in its locale files and recorded in its record file. */
export function uiTranslations(flat: Readonly<Record<string, Readonly<Record<string, string>>>>, record: UiRecordFile | undefined): Map<string, TranslationRecord> {
  const translations = new Map<string, TranslationRecord>();
  for (const [namespace, keys] of Object.entries(flat)) {
    for (const key of Object.keys(keys)) {
      const family = uiFamilyOf(key);
      const entry = record?.[namespace];
      // A string with no record is there, but no one can say which English it follows: it counts as stale.
      translations.set(`${namespace}:${family}`, { translatedFrom: entry?.keys[family] ?? 'unrecorded', status: entry?.statuses?.[family] ?? entry?.status });
    }
  }
  return translations;
}
