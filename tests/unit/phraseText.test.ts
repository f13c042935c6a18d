import { describe, expect, it } from 'vitest';
import { languageSlots, phraseParts, phraseSides } from '../../src/lib/phraseText';

describe('the language slot in a phrase', () => {
  it('splits the phrase around the language name', () => {
    expect(phraseParts('I need an interpreter in {{language}}.')).toEqual([{ text: 'I need an interpreter in ' }, { languageName: true }, { text: '.' }]);
  });

  it('works when the name comes first, as some languages put it', () => {
    expect(phraseParts('{{language}} አስተርጓሚ')).toEqual([{ languageName: true }, { text: ' አስተርጓሚ' }]);
  });

  it('leaves a phrase without the slot whole', () => {
    expect(phraseParts('I need a doctor.')).toEqual([{ text: 'I need a doctor.' }]);
  });

  it('counts the slots', () => {
    expect(languageSlots('I need an interpreter in {{language}}.')).toBe(1);
    expect(languageSlots('I need a doctor.')).toBe(0);
  });
});

describe('the sides of a "show this" card', () => {
  const english = { code: 'en', dir: 'ltr' as const, nativeName: 'English', englishName: 'English' };
  const tigrinya = { code: 'ti', dir: 'ltr' as const, nativeName: 'ትግርኛ', englishName: 'Tigrinya' };
  const arabic = { code: 'ar', dir: 'rtl' as const, nativeName: 'العربية', englishName: 'Arabic' };
  const englishPhrase = { text: 'I need an interpreter in {{language}}.', language: english };

  it('puts the reader\'s language first and English second, once translated', () => {
    const sides = phraseSides(arabic, englishPhrase, { text: 'أحتاج إلى مترجم {{language}}.', language: arabic });
    expect(sides.map((side) => side.language.code)).toEqual(['ar', 'en']);
  });

  it('names the language in each side\'s own words first, the other in brackets with its own lang', () => {
    const [own, inEnglish] = phraseSides(tigrinya, englishPhrase, { text: 'ኣስተርጓሚ {{language}} የድልየኒ።', language: tigrinya });
    expect(own).toMatchObject({ languageName: 'ትግርኛ', otherName: { text: 'Tigrinya', language: english } });
    expect(inEnglish).toMatchObject({ languageName: 'Tigrinya', otherName: { text: 'ትግርኛ', language: tigrinya } });
    expect(inEnglish!.parts).toEqual([{ text: 'I need an interpreter in ' }, { languageName: true }, { text: '.' }]);
  });

  it('shows English alone until the phrases are translated, still naming the language both ways', () => {
    const sides = phraseSides(arabic, englishPhrase);
    expect(sides).toHaveLength(1);
    expect(sides[0]).toMatchObject({ languageName: 'Arabic', otherName: { text: 'العربية', language: arabic } });
  });

  it('does not repeat a name that is the same in both languages', () => {
    expect(phraseSides(english, englishPhrase)[0]!.otherName).toBeUndefined();
  });
});
