/** Decides which version of a page a language shows, and what notice goes with it. */
export type TranslationState = 'source' | 'reviewed' | 'machine' | 'stale' | 'fallback';

export interface TranslationInfo {
  translatedFrom?: string | undefined;
  status?: 'machine' | 'reviewed' | undefined;
}

/** The state of a page in a language, given the English page's current hash and the translation (if any). */
export function translationState(
  isSourceLanguage: boolean,
  englishHash: string,
  translation: TranslationInfo | undefined,
): TranslationState {
  if (isSourceLanguage) return 'source';
  if (!translation) return 'fallback';
  if (translation.translatedFrom !== englishHash) return 'stale';
  return translation.status === 'reviewed' ? 'reviewed' : 'machine';
}
