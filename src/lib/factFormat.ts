/** Formats a fact's value for a reader's language with Intl, so "30 days" needs no translation file. */
export type FactUnit = 'days' | 'working-days' | 'weeks' | 'months' | 'years' | 'date' | 'percent' | 'count';

export interface FormattableFact {
  value: number | Date;
  unit: FactUnit;
}

const INTL_UNITS: Partial<Record<FactUnit, string>> = { days: 'day', weeks: 'week', months: 'month', years: 'year' };

/**
 * `formatWorkingDays` is given by the caller (a translated plural string), because Intl has no "working day" unit.
 */
export function formatFactValue(
  fact: FormattableFact,
  locale: string,
  formatWorkingDays: (count: number) => string = (count) => `${count} working days`,
): string {
  if (fact.unit === 'date') {
    if (!(fact.value instanceof Date)) throw new Error('a date fact needs a Date value');
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(fact.value);
  }
  if (typeof fact.value !== 'number') throw new Error(`a "${fact.unit}" fact needs a number value`);
  const intlUnit = INTL_UNITS[fact.unit];
  if (intlUnit) return new Intl.NumberFormat(locale, { style: 'unit', unit: intlUnit, unitDisplay: 'long' }).format(fact.value);
  if (fact.unit === 'percent') return new Intl.NumberFormat(locale, { style: 'percent' }).format(fact.value / 100);
  if (fact.unit === 'working-days') return formatWorkingDays(fact.value);
  return new Intl.NumberFormat(locale).format(fact.value);
}

/** A date as the reader's language writes it, for "last checked" lines. */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
