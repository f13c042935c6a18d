/** Fills the `{{language}}` slot of a phrase with a language name, keeping the name apart so it can carry its own lang. */

export const LANGUAGE_SLOT = '{{language}}';

export type PhrasePart = { text: string } | { languageName: true };

/** `I need an interpreter in {{language}}.` → `[{ text: 'I need an interpreter in ' }, { languageName: true }, { text: '.' }]`. */
export function phraseParts(text: string): PhrasePart[] {
  const pieces = text.split(LANGUAGE_SLOT);
  return pieces.flatMap((piece, index): PhrasePart[] => [
    ...(index > 0 ? [{ languageName: true as const }] : []),
    ...(piece ? [{ text: piece }] : []),
  ]);
}

/** How many times the phrase names the language. */
export function languageSlots(text: string): number {
  return text.split(LANGUAGE_SLOT).length - 1;
}

export interface PhraseLanguage {
  code: string;
  dir: 'ltr' | 'rtl';
  nativeName: string;
  englishName: string;
}

export interface PhraseSide {
  language: PhraseLanguage;
  parts: PhrasePart[];
  /** The language name written in this side's language… */
  languageName: string;
  /** …and, in brackets after it, in the other language (absent when both are the same). */
  otherName?: { text: string; language: PhraseLanguage } | undefined;
}

/**
 * The sides of a "show this" card: the reader's language first (when translated), then English. The language the
 * reader needs is named in each side's own language first: "ትግርኛ (Tigrinya)", then "Tigrinya (ትግርኛ)".
 */
export function phraseSides(
  needed: PhraseLanguage,
  english: { text: string; language: PhraseLanguage },
  own?: { text: string; language: PhraseLanguage },
): PhraseSide[] {
  const side = (text: string, language: PhraseLanguage, name: string, other: string, otherLanguage: PhraseLanguage): PhraseSide => ({
    language,
    parts: phraseParts(text),
    languageName: name,
    otherName: name === other ? undefined : { text: other, language: otherLanguage },
  });
  const englishSide = side(english.text, english.language, needed.englishName, needed.nativeName, needed);
  return own ? [side(own.text, own.language, needed.nativeName, needed.englishName, english.language), englishSide] : [englishSide];
}
