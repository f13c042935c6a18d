/**
 * A language's long date format, taken at build time from the full Intl data of Node, so that a browser with less
 * locale data writes the same date. Chromium's own data has no Tigrinya, Somali, Sorani, Welsh, Oromo or Nigerian
 * Pidgin dates (it falls back to "December 7, 2026") and only part of Punjabi's ("2026 M12 7"). The timeline works
 * its dates out on the device; it formats them with this pattern, which the page carries. Pure.
 */
import { intlLocale } from './factFormat.ts';

export interface DatePattern {
  /** The date's parts in order: `d` day, `M` month name, `y` year, or literal text. */
  parts: (['d'] | ['M'] | ['y'] | ['t', string])[];
  /** The 12 month names as they stand in a date (Ukrainian "грудня", not "грудень"). */
  months: string[];
  /** The language's digits 0–9 ("০১২৩৪৫৬৭৮৯" in Bengali). */
  digits: string;
  /** True when day 7 is written "07". */
  twoDigitDay: boolean;
}

const FORMAT_OPTIONS = { dateStyle: 'long', timeZone: 'UTC' } as const;
const NARROW_NO_BREAK_SPACE = '\u202F';

function partsOf(locale: string, date: Date): Intl.DateTimeFormatPart[] {
  return new Intl.DateTimeFormat(intlLocale(locale), FORMAT_OPTIONS).formatToParts(date);
}

/** The long date pattern of a language, as Node's full Intl data writes it. */
export function datePatternOf(locale: string): DatePattern {
  const sampleDate = new Date(Date.UTC(2026, 11, 7));
  const sample = partsOf(locale, sampleDate);
  // V8's format() writes a plain space where formatToParts() keeps ICU's narrow no-break space (Ukrainian "2026 р.").
  const plainSpaces = !new Intl.DateTimeFormat(intlLocale(locale), FORMAT_OPTIONS).format(sampleDate).includes(NARROW_NO_BREAK_SPACE);
  const parts: DatePattern['parts'] = sample.map((part) => {
    if (part.type === 'day') return ['d'];
    if (part.type === 'month') return ['M'];
    if (part.type === 'year') return ['y'];
    return ['t', plainSpaces ? part.value.replaceAll(NARROW_NO_BREAK_SPACE, ' ') : part.value];
  });
  const months = Array.from({ length: 12 }, (_, month) => partsOf(locale, new Date(Date.UTC(2026, month, 23))).find((part) => part.type === 'month')?.value ?? String(month + 1));
  const numberFormat = new Intl.NumberFormat(intlLocale(locale), { useGrouping: false });
  const digits = Array.from({ length: 10 }, (_, digit) => numberFormat.format(digit)).join('');
  const day = sample.find((part) => part.type === 'day')?.value ?? '';
  return { parts, months, digits, twoDigitDay: [...day].length === 2 };
}

/** A number written with the pattern's digits. */
function written(value: number, digits: string, minimumLength = 1): string {
  const symbols = [...digits];
  return [...String(value).padStart(minimumLength, '0')].map((digit) => symbols[Number(digit)] ?? digit).join('');
}

/** The date (a UTC calendar date) as the pattern writes it; no Intl needed. */
export function formatWithPattern(date: Date, pattern: DatePattern): string {
  return pattern.parts
    .map((part) => {
      switch (part[0]) {
        case 'd':
          return written(date.getUTCDate(), pattern.digits, pattern.twoDigitDay ? 2 : 1);
        case 'M':
          return pattern.months[date.getUTCMonth()] ?? '';
        case 'y':
          return written(date.getUTCFullYear(), pattern.digits);
        default:
          return part[1];
      }
    })
    .join('');
}

const TOKENS = { d: '%d', M: '%M', y: '%y' } as const;
const WESTERN_DIGITS = '0123456789';

/**
 * The pattern as one short attribute value: `%d %M %y р.|січня|…|грудня` (format, then the 12 months), then the
 * digits when they are not 0–9, and `|2` for a two-digit day. Month names and date literals never hold `|` or `%`.
 */
export function serializeDatePattern(pattern: DatePattern): string {
  const format = pattern.parts.map((part) => (part[0] === 't' ? part[1] : TOKENS[part[0]])).join('');
  const digits = pattern.digits === WESTERN_DIGITS ? '' : pattern.digits;
  return [format, ...pattern.months, digits, pattern.twoDigitDay ? '2' : ''].join('|').replace(/\|+$/, '');
}

/** Reads a pattern the page carries; undefined when it is missing or not a pattern, so the caller can use Intl. */
export function parseDatePattern(text: string | undefined): DatePattern | undefined {
  if (!text) return undefined;
  const [format = '', ...rest] = text.split('|');
  const months = rest.slice(0, 12);
  const digits = rest[12] || WESTERN_DIGITS;
  if (months.length !== 12 || [...digits].length !== 10 || !/%[dMy]/.test(format)) return undefined;
  const parts: DatePattern['parts'] = format
    .split(/(%[dMy])/)
    .filter((piece) => piece !== '')
    .map((piece) => (piece === '%d' ? ['d'] : piece === '%M' ? ['M'] : piece === '%y' ? ['y'] : ['t', piece]));
  return { parts, months, digits, twoDigitDay: rest[13] === '2' };
}
