/**
 * How each language says a number with its noun: the one place that decides it. The words are translated plural
 * strings (`fact.days_two` …, in locales/<lang>/common.json); this file holds what the words cannot say: which
 * plural forms each language has, and where a form already says its number, so the digit is left out.
 *
 * Arabic says two of a thing with the dual noun alone ("سنتان", two years) and one with the singular alone
 * ("سنة"): "2 سنتان" reads "2 two-years". Intl's own Arabic units do the same ("سنتان", "3 سنوات").
 */

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

export interface NumberGrammar {
  /** The plural forms a language's strings must have (the CLDR categories its numbers fall into). */
  categories: readonly PluralCategory[];
  /** Forms whose noun already says the number: the digit is left out. */
  nounAlone?: readonly PluralCategory[];
}

const ONE_OTHER = ['one', 'other'] as const;
const OTHER = ['other'] as const;
const ONE_FEW_MANY_OTHER = ['one', 'few', 'many', 'other'] as const;

/** Every language of src/i18n/languages.ts, switched on or planned (a test keeps the two lists and Intl in step). */
export const NUMBER_GRAMMAR: Readonly<Record<string, NumberGrammar>> = {
  en: { categories: ONE_OTHER },
  sq: { categories: ONE_OTHER },
  vi: { categories: OTHER },
  ti: { categories: ONE_OTHER },
  so: { categories: ONE_OTHER },
  ar: { categories: ['zero', 'one', 'two', 'few', 'many', 'other'], nounAlone: ['one', 'two'] },
  am: { categories: ONE_OTHER },
  ro: { categories: ['one', 'few', 'other'] },
  fa: { categories: ONE_OTHER },
  ps: { categories: ONE_OTHER },
  ckb: { categories: ONE_OTHER },
  'zh-Hans': { categories: OTHER },
  pl: { categories: ONE_FEW_MANY_OTHER },
  ur: { categories: ONE_OTHER },
  hi: { categories: ONE_OTHER },
  pa: { categories: ONE_OTHER },
  bn: { categories: ONE_OTHER },
  uk: { categories: ONE_FEW_MANY_OTHER },
  ru: { categories: ONE_FEW_MANY_OTHER },
  bg: { categories: ONE_OTHER },
  cy: { categories: ['zero', 'one', 'two', 'few', 'many', 'other'] },
  om: { categories: ONE_OTHER },
  pt: { categories: ['one', 'many', 'other'] },
  es: { categories: ['one', 'many', 'other'] },
  fr: { categories: ['one', 'many', 'other'] },
  pcm: { categories: ONE_OTHER },
  th: { categories: OTHER },
  tl: { categories: ONE_OTHER },
  lt: { categories: ONE_FEW_MANY_OTHER },
  ml: { categories: ONE_OTHER },
};

/** A language's grammar by its code, written in any case (`zh-Hans`, or `zh-hans` as in its folder). */
function grammarOf(lang: string): NumberGrammar {
  const grammar = NUMBER_GRAMMAR[lang] ?? Object.entries(NUMBER_GRAMMAR).find(([code]) => code.toLowerCase() === lang.toLowerCase())?.[1];
  if (!grammar) throw new Error(`no number grammar for "${lang}": add it to src/lib/numberGrammar.ts`);
  return grammar;
}

/** The plural forms a language's strings must have, in CLDR order. */
export function pluralCategoriesOf(lang: string): PluralCategory[] {
  return [...grammarOf(lang).categories];
}

/** The plural form a count takes in a language ("few" for Polish 22, "two" for Arabic 2). */
export function pluralCategoryOf(lang: string, count: number): PluralCategory {
  return new Intl.PluralRules(lang).select(count) as PluralCategory;
}

/**
 * A number and its noun: `say` puts the number, as written (`value`), into the translated words of the right form;
 * in a form whose noun says the number, the words are said without it.
 */
export function sayCount(lang: string, count: number, value: string, say: (value: string) => string): string {
  if (!grammarOf(lang).nounAlone?.includes(pluralCategoryOf(lang, count))) return say(value);
  return say('').replace(/\s+/g, ' ').trim();
}
