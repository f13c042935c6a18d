import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { enabledLanguages, languages } from '../../src/i18n/languages';
import { assertEveryStringTranslated, factCounter, resourcesFromFiles, useTranslations } from '../../src/i18n/translate';
import { formatFactValue } from '../../src/lib/factFormat';

describe('UI strings at build time', () => {
  it('groups locale files by language and namespace', () => {
    const resources = resourcesFromFiles({
      '/locales/ar/common.json': { default: { a: 'ب' } },
      '/locales/ar/checker.json': { default: { q: 'س' } },
      '/locales/en/common.json': { a: 'b' },
    });
    expect(resources).toEqual({ ar: { common: { a: 'ب' }, checker: { q: 'س' } }, en: { common: { a: 'b' } } });
  });

  it('keys a folder named by URL segment by its language code, as i18next looks it up', () => {
    const resources = resourcesFromFiles({ '/locales/zh-hans/common.json': { a: '中' } });
    expect(Object.keys(resources)).toEqual(['zh-Hans']);
  });

  it('gives every switched-on language the strings of its own folder, not the English fallback', () => {
    for (const language of enabledLanguages) {
      const own = JSON.parse(readFileSync(`locales/${language.path}/common.json`, 'utf8')) as { quickExit: { button: string } };
      const { t, has } = useTranslations(language.path);
      expect(t('quickExit.button'), language.code).toBe(own.quickExit.button);
      expect(has('quickExit.button'), language.code).toBe(true);
      if (language.code !== 'en') expect(t('quickExit.button'), language.code).not.toBe('Leave this page');
    }
  });

  it('gives each switched-on language its own strings', () => {
    expect(useTranslations('en').t('quickExit.button')).toBe('Leave this page');
    expect(useTranslations('ar').t('quickExit.button')).toMatch(/[\u0600-\u06FF]/);
    expect(useTranslations('ti').t('quickExit.button')).toMatch(/[\u1200-\u137F]/);
    expect(useTranslations('sq').t('quickExit.button')).not.toBe('Leave this page');
  });

  it('fills placeholders and chooses plural forms by the language\'s rules', () => {
    const { t } = useTranslations('en');
    expect(t('fact.days', { count: 1, value: '1' })).toBe('1 day');
    expect(t('fact.days', { count: 30, value: '30' })).toBe('30 days');
    const ar = useTranslations('ar').t;
    expect(ar('fact.days', { count: 2, value: '2' })).not.toBe(ar('fact.days', { count: 3, value: '3' }));
  });

  it('says durations in each language from translated strings, with the language\'s own digits', () => {
    const fact = { value: 12, unit: 'months' as const };
    expect(formatFactValue(fact, 'en', factCounter(useTranslations('en').t))).toBe('12 months');
    expect(formatFactValue(fact, 'ti', factCounter(useTranslations('ti').t))).not.toContain('/');
  });

  it('knows which keys a language has without the English fallback', () => {
    expect(useTranslations('ar').has('quickExit.button')).toBe(true);
    expect(useTranslations('ar').has('no.such.key')).toBe(false);
  });

  it('stops the build when a switched-on language lacks a string, naming the language, the namespace and the key', () => {
    const resources = {
      en: { common: { quickExit: { button: 'Leave this page' }, fact: { days_one: '{{value}} day', days_other: '{{value}} days' } } },
      ar: { common: { fact: { days_zero: '…', days_one: '…', days_two: '…', days_few: '…', days_many: '…', days_other: '…' } } },
      'zh-Hans': { common: { quickExit: { button: '离开此页' } } },
    };
    expect(() => assertEveryStringTranslated(resources, ['en', 'ar', 'zh-Hans'])).toThrow(
      'Missing UI strings (add them to locales/<lang>/<namespace>.json):\n- ar/common.json: quickExit.button\n- zh-hans/common.json: fact.days_one',
    );
    expect(() => assertEveryStringTranslated(resources, ['en'])).not.toThrow();
  });

  it('stops the build when a page asks for a string no language has, instead of showing its key', () => {
    expect(() => useTranslations('ar').t('contact.silent')).toThrow('Missing UI string: "contact.silent" in locales/ar');
  });

  it('refuses a language that is not switched on', () => {
    const off = languages.find((language) => !language.enabled)!;
    expect(() => useTranslations(off.path)).toThrow(`"${off.path}" is not a switched-on language`);
  });
});

describe('ages', () => {
  it('are said as ages, not as lengths of time, where a language tells them apart', () => {
    const age = { value: 18, unit: 'age' as const };
    const years = { value: 18, unit: 'years' as const };
    const say = (fact: typeof age | typeof years, lang: string) => formatFactValue(fact, lang, factCounter(useTranslations(lang).t));
    expect(say(age, 'zh-hans')).toBe('18周岁');
    expect(say(years, 'zh-hans')).toBe('18年');
    expect(say(age, 'vi')).toBe('18 tuổi');
    expect(say(age, 'en')).toBe('18 years');
    for (const language of enabledLanguages) expect(say(age, language.path), language.code).toContain(new Intl.NumberFormat(language.code).format(18));
  });
});
