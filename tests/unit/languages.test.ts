import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { enabledLanguage, enabledLanguages, languageByPath, languages } from '../../src/i18n/languages';

describe('the language registry', () => {
  it('declares the 30 languages of the target set, each once', () => {
    expect(languages).toHaveLength(30);
    expect(new Set(languages.map((l) => l.code)).size).toBe(30);
    expect(languages.filter((l) => l.tier === 1).map((l) => l.code)).toEqual(['en', 'sq', 'vi', 'ti', 'so', 'ar', 'am', 'ro', 'fa', 'ps', 'ckb', 'zh-Hans']);
  });

  it('writes Sorani Kurdish as ckb, not ku', () => {
    expect(languageByPath('ckb')?.englishName).toBe('Sorani Kurdish');
    expect(languageByPath('ku')).toBeUndefined();
  });

  it('has switched on English and every tier-1 language, and no other', () => {
    expect(enabledLanguages.map((l) => l.code).sort()).toEqual(languages.filter((l) => l.tier === 1).map((l) => l.code).sort());
    expect(enabledLanguages.map((l) => l.code)).toEqual(expect.arrayContaining(['sq', 'vi', 'ti', 'so', 'ar', 'am', 'ro', 'fa', 'ps', 'ckb', 'zh-Hans']));
  });

  it('agrees with Intl and i18next on every writing direction', () => {
    const i18n = i18next.createInstance();
    for (const language of languages) {
      const locale = new Intl.Locale(language.code) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
      const intlDirection = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
      expect([language.code, language.dir]).toEqual([language.code, intlDirection]);
      expect([language.code, language.dir]).toEqual([language.code, i18n.dir(language.code)]);
    }
  });

  it('agrees with Intl on every script', () => {
    for (const language of languages) {
      expect([language.code, language.script]).toEqual([language.code, new Intl.Locale(language.code).maximize().script]);
    }
  });

  it('names each language in its own script', () => {
    expect(languageByPath('ar')?.nativeName).toBe('العربية');
    expect(languageByPath('ti')?.nativeName).toBe('ትግርኛ');
    expect(languageByPath('sq')?.nativeName).toBe('Shqip');
    expect(languageByPath('ckb')?.nativeName).toBe('کوردیی ناوەندی');
  });

  it('uses lowercase URL segments', () => {
    expect(languageByPath('zh-hans')?.code).toBe('zh-Hans');
  });

  it('refuses a language that is not switched on', () => {
    expect(() => enabledLanguage('pl')).toThrow('"pl" is not a switched-on language');
  });
});
