import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { allLanguagesSwitchedOn, enabledLanguage, enabledLanguages, languageByPath, languages, oneLanguagePerScript, type Language } from '../../src/i18n/languages';

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

  it('switches on English, and any other declared language only with its own UI files and their record', () => {
    expect(enabledLanguages[0]?.code).toBe('en');
    const namespaces = readdirSync('locales/en').filter((name) => name.endsWith('.json')).sort();
    for (const language of enabledLanguages.filter((l) => l.code !== 'en' && !l.dryRun)) {
      expect(existsSync(`locales/${language.path}`) ? readdirSync(`locales/${language.path}`).filter((name) => name.endsWith('.json')).sort() : [], language.code).toEqual(namespaces);
      expect(existsSync(`locales/${language.path}.translated-from.json`), `locales/${language.path}.translated-from.json`).toBe(true);
    }
  });

  it('switches every declared language on in a WAYMARK_ALL_LANGUAGES=1 dry run, marking the ones it adds', () => {
    if (allLanguagesSwitchedOn) expect(enabledLanguages).toEqual(languages);
    expect(languages.filter((l) => l.dryRun).map((l) => l.code)).toEqual(allLanguagesSwitchedOn ? expect.arrayContaining(['pl', 'hi', 'uk', 'th', 'ml']) : []);
    for (const language of languages.filter((l) => l.dryRun)) expect(language.enabled).toBe(true);
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

  it('picks one language per script for the behaviour tests, the first of each in the registry', () => {
    const codes = (list: Language[]) => list.map((language) => language.code);
    const tierOne = languages.filter((language) => language.tier === 1);
    expect(codes(oneLanguagePerScript(tierOne))).toEqual(['en', 'ti', 'ar', 'zh-Hans']);
    // A script switched on later is picked up without a change to the tests.
    expect(codes(oneLanguagePerScript(languages))).toEqual(['en', 'ti', 'ar', 'zh-Hans', 'hi', 'pa', 'bn', 'uk', 'th', 'ml']);
    expect(new Set(oneLanguagePerScript().map((language) => language.script)).size).toBe(new Set(enabledLanguages.map((language) => language.script)).size);
  });

  it('refuses a language that is not switched on', () => {
    const off = languages.find((language) => !language.enabled)?.path ?? 'ku';
    expect(() => enabledLanguage(off)).toThrow(`"${off}" is not a switched-on language`);
  });
});
