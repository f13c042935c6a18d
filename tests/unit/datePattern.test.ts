import { describe, expect, it } from 'vitest';
import { datePatternOf, formatWithPattern, parseDatePattern, serializeDatePattern } from '../../src/lib/datePattern';
import { calendarDate, formatCalendarDate } from '../../src/lib/dates';
import { languages } from '../../src/i18n/languages';

/** Every month, short and long days, and years on either side of now. */
const DATES = [2025, 2026, 2031].flatMap((year) => Array.from({ length: 12 }, (_, month) => [1, 7, 10, 23, 28].map((day) => calendarDate(year, month + 1, day))).flat());

describe('a date pattern taken from the full Intl data', () => {
  for (const language of languages) {
    it(`${language.code}: writes every date exactly as Intl does at build time`, () => {
      const pattern = datePatternOf(language.code);
      for (const date of DATES) expect(formatWithPattern(date, pattern)).toBe(formatCalendarDate(date, language.code));
    });
  }

  it('keeps the month name as it stands in a date, and the language\'s own digits', () => {
    const ukrainian = datePatternOf('uk');
    expect(ukrainian.months[11]).toBe('грудня');
    expect(formatWithPattern(calendarDate(2026, 12, 7), datePatternOf('bn'))).toBe('৭ ডিসেম্বর, ২০২৬');
    expect(formatWithPattern(calendarDate(2026, 12, 7), datePatternOf('en'))).toBe('7 December 2026');
  });

  it('writes a Punjabi date with its month name, which a browser with less data writes as "2026 M12 7"', () => {
    expect(formatWithPattern(calendarDate(2026, 12, 7), datePatternOf('pa'))).toBe('7 ਦਸੰਬਰ 2026');
  });

  it('survives the trip through the page as one short attribute, and refuses anything that is not a pattern', () => {
    for (const language of languages) {
      const pattern = datePatternOf(language.code);
      const carried = parseDatePattern(serializeDatePattern(pattern));
      expect(carried, language.code).toBeDefined();
      for (const date of DATES) expect(formatWithPattern(date, carried!), language.code).toBe(formatWithPattern(date, pattern));
    }
    expect(serializeDatePattern(datePatternOf('en'))).toBe('%d %M %y|January|February|March|April|May|June|July|August|September|October|November|December');
    expect(parseDatePattern(undefined)).toBeUndefined();
    expect(parseDatePattern('%d %M %y|January')).toBeUndefined();
    expect(parseDatePattern('no tokens|a|b|c|d|e|f|g|h|i|j|k|l')).toBeUndefined();
  });
});
