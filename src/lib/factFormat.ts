/** Formats a fact's value for a reader's language with Intl, so "30 days" needs no translation file. */
import { sayCount } from './numberGrammar.ts';

export type FactUnit = 'days' | 'working-days' | 'weeks' | 'months' | 'years' | 'age' | 'date' | 'percent' | 'count' | 'fraction';

export interface FormattableFact {
  /** A number, a date, or a fraction written "2/3". */
  value: number | Date | string;
  unit: FactUnit;
}

/**
 * The Intl locale for a language. English on Waymark is UK English ("23 November 2026", not "November 23, 2026").
 * Dates are always in the Gregorian calendar, as on UK letters: Persian and Pashto would otherwise use the Solar
 * Hijri calendar. Digits stay the language's own (Persian ۳۰, Sorani ٣٠).
 */
export function intlLocale(locale: string): string {
  if (locale === 'en') return 'en-GB';
  return new Intl.DateTimeFormat(locale).resolvedOptions().calendar === 'gregory' ? locale : `${locale}-u-ca-gregory`;
}

const INTL_UNITS: Partial<Record<FactUnit, string>> = { days: 'day', weeks: 'week', months: 'month', years: 'year', age: 'year' };

/** Says "30 days" in the reader's language, from a translated plural string (`value` is the number as written there). */
export type CountFormatter = (unit: Exclude<FactUnit, 'date' | 'percent' | 'count' | 'fraction'>, count: number, value: string) => string;

/**
 * Durations use the caller's translated plural strings, because Intl's unit names are missing or broken for some
 * of Waymark's languages (Sorani has none; Tigrinya months come out as "12/ኣዋርሕ"); how the number stands with
 * its noun is the language's number grammar (src/lib/numberGrammar.ts: Arabic "سنتان", not "2 سنتان"). Without a
 * formatter, Intl units are used, and "working days" falls back to English.
 */
export function formatFactValue(fact: FormattableFact, locale: string, formatCount?: CountFormatter): string {
  const intl = intlLocale(locale);
  if (fact.unit === 'date') {
    if (!(fact.value instanceof Date)) throw new Error('a date fact needs a Date value');
    return new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' }).format(fact.value);
  }
  if (fact.unit === 'fraction') return formatFraction(String(fact.value), intl);
  if (typeof fact.value !== 'number') throw new Error(`a "${fact.unit}" fact needs a number value`);
  if (fact.unit === 'percent') return new Intl.NumberFormat(intl, { style: 'percent' }).format(fact.value / 100);
  const value = new Intl.NumberFormat(intl).format(fact.value);
  if (fact.unit === 'count') return value;
  if (formatCount) {
    const unit = fact.unit;
    const count = fact.value;
    return sayCount(locale, count, value, (shown) => formatCount(unit, count, shown));
  }
  const intlUnit = INTL_UNITS[fact.unit];
  if (intlUnit) return new Intl.NumberFormat(intl, { style: 'unit', unit: intlUnit, unitDisplay: 'long' }).format(fact.value);
  return `${value} working days`;
}

/** English says the common fractions in words, as sources do ("about two-thirds"), not as a percentage. */
const ENGLISH_FRACTIONS: Record<string, string> = {
  '1/2': 'half', '1/3': 'one-third', '2/3': 'two-thirds', '1/4': 'one-quarter', '3/4': 'three-quarters',
  '1/5': 'one-fifth', '2/5': 'two-fifths', '3/5': 'three-fifths', '4/5': 'four-fifths',
};

/** "2/3" → "two-thirds" in English; other languages write it with their own digits ("۲/۳"). */
export function formatFraction(fraction: string, intl: string): string {
  const match = /^(\d+)\/(\d+)$/.exec(fraction);
  if (!match) throw new Error(`a "fraction" fact is written like 2/3 (got "${fraction}")`);
  if (intl === 'en-GB' && ENGLISH_FRACTIONS[fraction]) return ENGLISH_FRACTIONS[fraction]!;
  const number = new Intl.NumberFormat(intl);
  return `${number.format(Number(match[1]))}/${number.format(Number(match[2]))}`;
}

/** A date as the reader's language writes it, for "last checked" lines. */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
