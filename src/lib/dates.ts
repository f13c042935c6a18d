/**
 * Calendar-date maths for the personal timeline. A calendar date is a `Date` at UTC midnight: UTC has no clock
 * changes, so adding days never lands on the wrong day when the UK moves between GMT and BST. Pure: runs in the
 * browser and in tests.
 */
import { intlLocale } from './factFormat.ts';

export type CalendarDate = Date;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (`month` 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The date with this year, month (1–12) and day; throws on a day the month does not have. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`${year}-${month}-${day} is not a calendar date`);
  }
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC treats years 0–99 as 1900–1999
  return date;
}

/** `2026-03-31` → that date; anything else (including 2026-02-30) → undefined. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return calendarDate(year, month, day);
}

export function toIsoDate(date: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** The calendar day the device's clock shows for a moment (for "today"), whatever its time zone. */
export function calendarDateOfLocal(moment: Date): CalendarDate {
  return calendarDate(moment.getFullYear(), moment.getMonth() + 1, moment.getDate());
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return new Date(date.getTime() + days * DAY_MS);
}

/**
 * The same day `months` later; when that month is too short, its last day (31 Jan + 1 month = 28 or 29 Feb).
 * This is the "corresponding date" rule UK courts use for periods in months and years.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return calendarDate(year, month, Math.min(date.getUTCDate(), daysInMonth(year, month)));
}

/** The same day `years` later; 29 February becomes 28 February in a year that is not a leap year. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

/** Negative when `a` is before `b`, 0 on the same day, positive after. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return Math.sign(a.getTime() - b.getTime());
}

export function earlierOf(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) <= 0 ? a : b;
}

export function laterOf(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/** The date as the reader's language writes it ("31 March 2026", "٣١ مارس ٢٠٢٦"); English is UK English. */
export function formatCalendarDate(date: CalendarDate, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/*
 * Working days. No bank-holiday list ships with Waymark: England and Wales, Scotland and Northern Ireland each have
 * their own list (published by GOV.UK at https://www.gov.uk/bank-holidays), the brief does not include them, and
 * some are one-off days proclaimed each year, so they cannot be worked out. So no timeline rule counts working days.
 * A caller that needs them must pass a sourced list of ISO dates for the reader's nation.
 */

export function isWeekend(date: CalendarDate): boolean {
  const weekday = date.getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function isWorkingDay(date: CalendarDate, bankHolidays: ReadonlySet<string>): boolean {
  return !isWeekend(date) && !bankHolidays.has(toIsoDate(date));
}

/** The day `days` working days after `date` (before it when negative), skipping weekends and the given bank holidays. */
export function addWorkingDays(date: CalendarDate, days: number, bankHolidays: ReadonlySet<string>): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError('working days must be a whole number');
  const step = days < 0 ? -1 : 1;
  let current = date;
  for (let left = Math.abs(days); left > 0; ) {
    current = addDays(current, step);
    if (isWorkingDay(current, bankHolidays)) left -= 1;
  }
  return current;
}
