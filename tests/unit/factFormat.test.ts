import { describe, expect, it } from 'vitest';
import { formatDate, formatFactValue, intlLocale } from '../../src/lib/factFormat';
import { formatCalendarDate } from '../../src/lib/dates';

describe('facts in the reader\'s language', () => {
  it('writes durations with Intl units', () => {
    expect(formatFactValue({ value: 30, unit: 'days' }, 'en')).toBe('30 days');
    expect(formatFactValue({ value: 1, unit: 'years' }, 'en')).toBe('1 year');
    expect(formatFactValue({ value: 30, unit: 'days' }, 'sq')).toBe('30 ditë');
    expect(formatFactValue({ value: 30, unit: 'days' }, 'ar')).toBe('30 يومًا');
    expect(formatFactValue({ value: 30, unit: 'days' }, 'ti')).toBe('30 መዓልታት');
  });

  it('writes dates, percentages and counts', () => {
    expect(formatFactValue({ value: new Date('2022-12-13'), unit: 'date' }, 'en')).toBe('13 December 2022');
    expect(formatFactValue({ value: 62, unit: 'percent' }, 'en')).toBe('62%');
    expect(formatFactValue({ value: 23411, unit: 'count' }, 'en')).toBe('23,411');
  });

  it('says a fraction in words in English, and with the language\'s digits elsewhere', () => {
    expect(formatFactValue({ value: '2/3', unit: 'fraction' }, 'en')).toBe('two-thirds');
    expect(formatFactValue({ value: '7/9', unit: 'fraction' }, 'en')).toBe('7/9');
    expect(formatFactValue({ value: '2/3', unit: 'fraction' }, 'fa')).toBe('۲/۳');
    expect(() => formatFactValue({ value: '67%', unit: 'fraction' }, 'en')).toThrow(/written like 2\/3/);
  });

  it('uses the translated plural string for a duration when one is given', () => {
    expect(formatFactValue({ value: 3, unit: 'working-days' }, 'en', (unit, count, value) => `${value} ${unit} (${count})`)).toBe('3 working-days (3)');
    expect(formatFactValue({ value: 1234, unit: 'days' }, 'en', (_unit, _count, value) => value)).toBe('1,234');
  });

  it('refuses a date fact without a date', () => {
    expect(() => formatFactValue({ value: 3, unit: 'date' }, 'en')).toThrow('a date fact needs a Date value');
  });

  it('formats "last checked" dates for each language', () => {
    expect(formatDate(new Date('2026-11-23'), 'en')).toBe('23 November 2026');
    expect(formatDate(new Date('2026-11-23'), 'sq')).toContain('2026');
  });
});

describe('dates for UK letters in every script', () => {
  const checked = new Date(Date.UTC(2026, 10, 23));

  it('writes Persian and Pashto dates in the Gregorian calendar, as the letters are', () => {
    expect(intlLocale('fa')).toBe('fa-u-ca-gregory');
    expect(intlLocale('ps')).toBe('ps-u-ca-gregory');
    for (const locale of ['fa', 'ps']) {
      const year = new Intl.DateTimeFormat(intlLocale(locale), { year: 'numeric', timeZone: 'UTC' }).formatToParts(checked).find((part) => part.type === 'year')!.value;
      expect(Number(year.replace(/[۰-۹]/g, (digit) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(digit))))).toBe(2026);
      expect(formatDate(checked, locale)).toBe(formatCalendarDate(checked, locale));
    }
  });

  it('keeps each language its own digits and leaves Gregorian languages alone', () => {
    expect(intlLocale('ar')).toBe('ar');
    expect(intlLocale('zh-Hans')).toBe('zh-Hans');
    expect(formatDate(checked, 'fa')).toContain('۲۰۲۶');
    expect(formatDate(checked, 'ckb')).toContain('٢٠٢٦');
    expect(formatDate(checked, 'en')).toBe('23 November 2026');
  });
});
