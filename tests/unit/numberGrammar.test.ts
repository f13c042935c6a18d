import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enabledLanguages, languages } from '../../src/i18n/languages';
import { factCounter, useTranslations } from '../../src/i18n/translate';
import { formatFactValue, type FactUnit } from '../../src/lib/factFormat';
import { flattenKeys, type LocaleTree } from '../../src/lib/localeCheck';
import { NUMBER_GRAMMAR, pluralCategoriesOf, pluralCategoryOf, sayCount, type PluralCategory } from '../../src/lib/numberGrammar';
import { loadFacts } from '../helpers/content';

/** The plural form each count takes, as each language's grammar books give it (CLDR). */
const FORMS: Record<string, Partial<Record<PluralCategory, number[]>>> = {
  en: { one: [1], other: [0, 2, 5, 30] },
  ar: { zero: [0], one: [1], two: [2], few: [3, 5, 10, 103], many: [11, 12, 30, 45, 90, 99], other: [100, 101, 200] },
  ro: { one: [1], few: [0, 2, 19, 101], other: [20, 30, 45, 90] },
  pl: { one: [1], few: [2, 3, 4, 22, 24], many: [0, 5, 12, 14, 21, 30, 45, 90], other: [1.5] },
  ru: { one: [1, 21, 101], few: [2, 3, 4, 22], many: [0, 5, 11, 12, 14, 30, 45, 90], other: [1.5] },
  uk: { one: [1, 21], few: [2, 4, 22], many: [0, 5, 11, 12, 30, 45], other: [1.5] },
  lt: { one: [1, 21, 31], few: [2, 9, 22, 29], many: [1.5], other: [0, 10, 11, 12, 19, 20, 30] },
  cy: { zero: [0], one: [1], two: [2], few: [3], many: [6], other: [4, 5, 7, 10, 12, 30, 45, 90] },
  vi: { other: [0, 1, 2, 30] },
  'zh-Hans': { other: [0, 1, 2, 30] },
  fr: { one: [0, 1], many: [1000000], other: [2, 30] },
};

const common = (folder: string) => flattenKeys(JSON.parse(readFileSync(`locales/${folder}/common.json`, 'utf8')) as LocaleTree);

describe('the plural forms of every language', () => {
  it('has a number grammar for every language of the registry, and for no other', () => {
    expect(Object.keys(NUMBER_GRAMMAR).sort()).toEqual(languages.map((language) => language.code).sort());
    expect(() => pluralCategoriesOf('xx')).toThrow('no number grammar for "xx": add it to src/lib/numberGrammar.ts');
  });

  for (const language of languages) {
    it(`${language.code}: asks for the plural forms Intl gives ${language.englishName}`, () => {
      expect(pluralCategoriesOf(language.code)).toEqual(new Intl.PluralRules(language.code).resolvedOptions().pluralCategories);
    });
  }

  it('asks Polish, Russian, Ukrainian and Lithuanian for one, few, many and other, and Welsh for all six', () => {
    for (const code of ['pl', 'ru', 'uk', 'lt']) expect(pluralCategoriesOf(code)).toEqual(['one', 'few', 'many', 'other']);
    expect(pluralCategoriesOf('cy')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  for (const [code, forms] of Object.entries(FORMS)) {
    it(`${code}: puts each count in its form`, () => {
      for (const [category, counts] of Object.entries(forms)) {
        for (const count of counts) expect([count, pluralCategoryOf(code, count)]).toEqual([count, category]);
      }
    });
  }

  for (const language of enabledLanguages.filter((l) => !l.dryRun)) {
    it(`${language.code}: every duration in locales/${language.path}/common.json has exactly its language's plural forms`, () => {
      const keys = Object.keys(common(language.path)).filter((key) => key.startsWith('fact.'));
      const units = [...new Set(keys.map((key) => key.replace(/^fact\.|_[a-z]+$/g, '')))];
      expect(units.sort()).toEqual(['age', 'days', 'months', 'weeks', 'working-days', 'years']);
      for (const unit of units) {
        expect([unit, keys.filter((key) => key.startsWith(`fact.${unit}_`)).map((key) => key.split('_').at(-1)).sort()]).toEqual([unit, pluralCategoriesOf(language.code).sort()]);
      }
    });
  }
});

describe('a number and its noun', () => {
  const arabic = factCounter(useTranslations('ar').t);
  const say = (value: number, unit: FactUnit, lang = 'ar', formatter = arabic) => formatFactValue({ value, unit }, lang, formatter);

  it('says an Arabic duration of 2 with the dual noun alone, not a digit and a dual', () => {
    expect(say(2, 'years')).toBe('سنتان');
    expect(say(2, 'days')).toBe('يومان');
    expect(say(2, 'months')).toBe('شهران');
    expect(say(2, 'weeks')).toBe('أسبوعان');
    for (const unit of ['years', 'days', 'weeks', 'months', 'working-days', 'age'] as const) expect(say(2, unit)).not.toMatch(/[0-9٠-٩]/);
  });

  it('says an Arabic duration of 1 with the singular alone', () => {
    expect(say(1, 'years')).toBe('سنة');
    expect(say(1, 'days')).toBe('يوم');
  });

  it('keeps the digit where Arabic says it: 0, 3 to 10, 11 to 99, 100 and more', () => {
    expect(say(3, 'years')).toBe('3 سنوات');
    expect(say(30, 'days')).toBe('30 يومًا');
    expect(say(45, 'days')).toBe('45 يومًا');
    expect(say(100, 'days')).toBe('100 يوم');
    expect(say(0, 'days')).toBe('0 يوم');
  });

  it('says the real two-year time limit (CICA) in Arabic without a digit, and with one (in the language\'s own digits) in every other language', () => {
    const fact = loadFacts().get('cica-time-limit-years')!;
    expect(fact.value).toBe(2);
    expect(formatFactValue(fact, 'ar', arabic)).toBe('سنتان');
    for (const language of enabledLanguages.filter((l) => !l.dryRun && l.code !== 'ar')) {
      expect([language.code, formatFactValue(fact, language.code, factCounter(useTranslations(language.path).t))]).toEqual([language.code, expect.stringMatching(/\p{Nd}/u)]);
    }
  });

  it('leaves the number in every form of a language whose nouns do not say it', () => {
    expect(sayCount('en', 2, '2', (value) => `${value} years`)).toBe('2 years');
    expect(sayCount('cy', 2, '2', (value) => `${value} flynedd`)).toBe('2 flynedd');
    expect(sayCount('pl', 2, '2', (value) => `${value} lata`)).toBe('2 lata');
    expect(sayCount('ar', 2, '2', (value) => `حتى ${value} سنتان`)).toBe('حتى سنتان');
  });
});
