/** The translation status of each language: UI strings, pages translated, stale and missing. */
import { translationState, type TranslationInfo } from './translationStatus.ts';

export interface LanguageInput {
  code: string;
  englishName: string;
  enabled: boolean;
  /** Flat UI keys present in this language's locale files. */
  uiKeys: Set<string>;
  /** Translated pages of this language, by slug. */
  pages: Map<string, TranslationInfo>;
}

export interface LanguageStatus {
  code: string;
  englishName: string;
  enabled: boolean;
  uiTranslated: number;
  uiTotal: number;
  pagesTotal: number;
  pagesCurrent: number;
  pagesReviewed: number;
  pagesMachine: number;
  pagesStale: number;
  pagesMissing: number;
  staleSlugs: string[];
}

/** `englishUiKeys`: every flat key of the English locale files; `englishPages`: slug → current content hash. */
export function translationReport(englishUiKeys: Set<string>, englishPages: Map<string, string>, languages: LanguageInput[]): LanguageStatus[] {
  return languages.map((language) => {
    const uiTranslated = [...englishUiKeys].filter((key) => language.uiKeys.has(key)).length;
    const counts = { reviewed: 0, machine: 0, stale: 0, fallback: 0, source: 0 };
    const staleSlugs: string[] = [];
    for (const [slug, hash] of englishPages) {
      const state = translationState(language.code === 'en', hash, language.pages.get(slug));
      counts[state] += 1;
      if (state === 'stale') staleSlugs.push(slug);
    }
    const isSource = language.code === 'en';
    return {
      code: language.code,
      englishName: language.englishName,
      enabled: language.enabled,
      uiTranslated: isSource ? englishUiKeys.size : uiTranslated,
      uiTotal: englishUiKeys.size,
      pagesTotal: englishPages.size,
      pagesCurrent: isSource ? englishPages.size : counts.reviewed + counts.machine,
      pagesReviewed: isSource ? englishPages.size : counts.reviewed,
      pagesMachine: counts.machine,
      pagesStale: counts.stale,
      pagesMissing: counts.fallback,
      staleSlugs,
    };
  });
}

/** Plural-family keys count once: `fact.days_one` and `fact.days_other` are one string to translate. */
export function uiKeyFamilies(flatKeys: string[]): Set<string> {
  return new Set(flatKeys.map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')));
}
