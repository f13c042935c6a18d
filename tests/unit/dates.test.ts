import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays, addMonths, addWorkingDays, addYears, calendarDate, calendarDateOfLocal, compareDates, daysInMonth, earlierOf,
  formatCalendarDate, isLeapYear, isWeekend, isWorkingDay, laterOf, parseIsoDate, toIsoDate,
} from '../../src/lib/dates';

const d = (iso: string) => parseIsoDate(iso)!;
const iso = toIsoDate;

describe('reading the date a person types', () => {
  it('reads year-month-day', () => {
    expect(iso(d('2026-03-31'))).toBe('2026-03-31');
    expect(d('2026-03-31').getTime()).toBe(Date.UTC(2026, 2, 31));
  });
  it('refuses days a month does not have, and other shapes', () => {
    for (const text of ['2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '31/03/2026', '2026-3-1', '', 'soon']) {
      expect(parseIsoDate(text), text).toBeUndefined();
    }
  });
  it('accepts 29 February in a leap year, and the year 2000 (a leap year) but not 1900 or 2100', () => {
    expect(iso(d('2028-02-29'))).toBe('2028-02-29');
    expect(iso(d('2000-02-29'))).toBe('2000-02-29');
    expect(parseIsoDate('1900-02-29')).toBeUndefined();
    expect(parseIsoDate('2100-02-29')).toBeUndefined();
  });
  it('throws when code asks for an impossible date', () => {
    expect(() => calendarDate(2026, 2, 30)).toThrow(RangeError);
  });
  it('keeps years before 100 as written', () => {
    expect(iso(calendarDate(99, 1, 1))).toBe('0099-01-01');
  });
});

describe('leap years and month ends', () => {
  it('knows leap years', () => {
    expect([2024, 2028, 2000, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2025, 2026, 1900, 2100].map(isLeapYear)).toEqual([false, false, false, false]);
  });
  it('knows how long each month is', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2028, 2)).toBe(29);
  });
});

describe('adding days', () => {
  it('crosses month and year ends', () => {
    expect(iso(addDays(d('2026-01-31'), 1))).toBe('2026-02-01');
    expect(iso(addDays(d('2026-12-31'), 1))).toBe('2027-01-01');
    expect(iso(addDays(d('2026-02-28'), 1))).toBe('2026-03-01');
    expect(iso(addDays(d('2028-02-28'), 1))).toBe('2028-02-29');
    expect(iso(addDays(d('2026-01-10'), -10))).toBe('2025-12-31');
  });
  it('counts 30 days as 30 calendar days', () => {
    expect(iso(addDays(d('2026-01-15'), 30))).toBe('2026-02-14');
    expect(iso(addDays(d('2028-02-15'), 30))).toBe('2028-03-16');
  });
});

describe('clock changes', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('adding days across the spring and autumn clock changes lands on the right day in the UK', () => {
    process.env.TZ = 'Europe/London';
    // Clocks go forward on 29 March 2026 and back on 25 October 2026.
    expect(iso(addDays(d('2026-03-28'), 1))).toBe('2026-03-29');
    expect(iso(addDays(d('2026-03-28'), 2))).toBe('2026-03-30');
    expect(iso(addDays(d('2026-10-24'), 2))).toBe('2026-10-26');
    expect(iso(addDays(d('2026-03-01'), 45))).toBe('2026-04-15');
  });

  it('shows the same calendar day on a device in any time zone', () => {
    for (const zone of ['Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata']) {
      process.env.TZ = zone;
      expect(formatCalendarDate(d('2026-03-29'), 'en-GB')).toBe('29 March 2026');
      expect(formatCalendarDate(d('2026-10-25'), 'en-GB')).toBe('25 October 2026');
    }
  });

  it('takes "today" from the device clock in its own time zone', () => {
    process.env.TZ = 'America/Los_Angeles';
    // 07:30 in London on 1 April is 23:30 on 31 March in Los Angeles.
    expect(iso(calendarDateOfLocal(new Date(Date.UTC(2026, 3, 1, 6, 30))))).toBe('2026-03-31');
    process.env.TZ = 'Europe/London';
    // 23:30 on 29 March in London (BST) is 22:30 UTC: still the 29th on the device.
    expect(iso(calendarDateOfLocal(new Date(Date.UTC(2026, 2, 29, 22, 30))))).toBe('2026-03-29');
  });
});

describe('adding months and years', () => {
  it('keeps the day when the month has it', () => {
    expect(iso(addMonths(d('2026-01-15'), 1))).toBe('2026-02-15');
    expect(iso(addMonths(d('2026-11-30'), 3))).toBe('2027-02-28');
    expect(iso(addMonths(d('2026-05-31'), 12))).toBe('2027-05-31');
  });
  it('uses the last day of a shorter month', () => {
    expect(iso(addMonths(d('2026-01-31'), 1))).toBe('2026-02-28');
    expect(iso(addMonths(d('2028-01-31'), 1))).toBe('2028-02-29');
    expect(iso(addMonths(d('2026-03-31'), 1))).toBe('2026-04-30');
    expect(iso(addMonths(d('2026-08-31'), 3))).toBe('2026-11-30');
  });
  it('goes back in time too', () => {
    expect(iso(addMonths(d('2026-03-31'), -1))).toBe('2026-02-28');
    expect(iso(addMonths(d('2026-01-15'), -13))).toBe('2024-12-15');
  });
  it('turns 29 February into 28 February in a year that is not a leap year', () => {
    expect(iso(addYears(d('2024-02-29'), 2))).toBe('2026-02-28');
    expect(iso(addYears(d('2024-02-29'), 4))).toBe('2028-02-29');
    expect(iso(addYears(d('2026-03-01'), 2))).toBe('2028-03-01');
  });
});

describe('comparing dates', () => {
  it('orders them', () => {
    expect(compareDates(d('2026-01-01'), d('2026-01-02'))).toBe(-1);
    expect(compareDates(d('2026-01-02'), d('2026-01-02'))).toBe(0);
    expect(compareDates(d('2026-01-03'), d('2026-01-02'))).toBe(1);
    expect(iso(earlierOf(d('2026-05-01'), d('2026-04-01')))).toBe('2026-04-01');
    expect(iso(laterOf(d('2026-05-01'), d('2026-04-01')))).toBe('2026-05-01');
  });
});

describe('formatting in the page language', () => {
  it('writes the date the way each language does', () => {
    expect(formatCalendarDate(d('2026-03-31'), 'en')).toBe('31 March 2026');
    expect(formatCalendarDate(d('2026-03-31'), 'ar')).toMatch(/[\u0600-\u06FF]/);
    expect(formatCalendarDate(d('2026-03-31'), 'sq')).toContain('2026');
  });
});

describe('working days', () => {
  // Test data only, not a bank-holiday list for use: two made-up holidays.
  const holidays = new Set(['2026-04-03', '2026-04-06']);

  it('skips weekends', () => {
    expect(isWeekend(d('2026-03-28'))).toBe(true); // Saturday
    expect(isWeekend(d('2026-03-30'))).toBe(false); // Monday
    expect(iso(addWorkingDays(d('2026-03-27'), 1, new Set()))).toBe('2026-03-30'); // Friday → Monday
    expect(iso(addWorkingDays(d('2026-03-25'), 3, new Set()))).toBe('2026-03-30');
  });
  it('skips the bank holidays it is given', () => {
    expect(isWorkingDay(d('2026-04-03'), holidays)).toBe(false);
    expect(iso(addWorkingDays(d('2026-04-02'), 1, holidays))).toBe('2026-04-07');
    expect(iso(addWorkingDays(d('2026-04-02'), 3, holidays))).toBe('2026-04-09');
  });
  it('counts back, and leaves the date alone for zero', () => {
    expect(iso(addWorkingDays(d('2026-04-07'), -1, holidays))).toBe('2026-04-02');
    expect(iso(addWorkingDays(d('2026-03-28'), 0, holidays))).toBe('2026-03-28');
  });
  it('refuses part days', () => {
    expect(() => addWorkingDays(d('2026-04-07'), 1.5, holidays)).toThrow(RangeError);
  });
});
